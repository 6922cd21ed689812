import CTGCore
import Foundation

/// The `--now` of a re-plan: an ISO 8601 date-time; without an offset it is
/// read in the instance's zone, a bare date means its midnight, and no value
/// means the current time.
package enum ReplanTime {
    package static func parse(_ text: String?, zone: TimeZone) throws -> Date {
        guard let text else { return Date() }
        guard let instant = instant(text, zone: zone) else {
            throw InputError([
                Diagnostic(
                    location: SourceLocation(file: "--now", line: 0, column: 0), path: "--now",
                    message:
                        "expected an ISO 8601 date-time such as 2022-11-15T14:00 or 2022-11-15T14:00:00+01:00, got \"\(text)\""
                )
            ])
        }
        return instant
    }

    package static func instant(_ text: String, zone: TimeZone) -> Date? {
        let parts = text.split(separator: "T", maxSplits: 1).map(String.init)
        guard let date = LocalDate(parts[0]) else { return nil }
        guard parts.count == 2 else { return TimeGrid.instant(date, hour: 0, minute: 0, second: 0, zone: zone) }
        var clock = parts[1]
        var offset: Int?
        if clock.hasSuffix("Z") {
            offset = 0
            clock.removeLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zoneText = clock[clock.index(after: sign)...].split(separator: ":")
            guard zoneText.count == 2 || (zoneText.count == 1 && zoneText[0].count == 4) else { return nil }
            let hours = Int(zoneText.count == 2 ? zoneText[0] : zoneText[0].prefix(2))
            let minutes = Int(zoneText.count == 2 ? zoneText[1] : zoneText[0].suffix(2))
            guard let hours, let minutes, hours <= 18, minutes < 60 else { return nil }
            offset = (clock[sign] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            clock = String(clock[..<sign])
        }
        let fields = clock.split(separator: ":").map { Int($0) }
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0 != nil }) else { return nil }
        let (hour, minute, second) = (fields[0]!, fields[1]!, fields.count == 3 ? fields[2]! : 0)
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        if let offset {
            let seconds = date.dayNumber * 86400 + hour * 3600 + minute * 60 + second - offset
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return TimeGrid.instant(date, hour: hour, minute: minute, second: second, zone: zone)
    }
}
