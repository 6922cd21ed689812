import CTGCore
import Foundation

/// The `--now` of a re-plan: an ISO 8601 date-time; without an offset it is
/// read in the instance's zone, a bare date means its midnight, and no value
/// means the current time. A local time that the zone skips (clocks going
/// forward) is an error rather than a guess at which hour was meant.
package enum ReplanTime {
    package static func parse(_ text: String?, zone: TimeZone) throws -> Date {
        guard let text else { return Date() }
        func fail(_ message: String) -> InputError {
            InputError([
                Diagnostic(location: SourceLocation(file: "--now", line: 0, column: 0), path: "--now", message: message)
            ])
        }
        switch reading(text, zone: zone) {
        case .instant(let instant): return instant
        case .malformed:
            throw fail(
                "expected an ISO 8601 date-time such as 2022-11-15T14:00 or 2022-11-15T14:00:00+01:00, got \"\(text)\"")
        case .skipped:
            throw fail(
                "\"\(text)\" does not exist in \(zone.identifier): the clocks go forward over this time; "
                    + "give a time outside the change, or one with an offset such as \(text)+01:00")
        }
    }

    private enum Reading {
        case instant(Date)
        case malformed
        /// A wall time the zone skips when its clocks go forward.
        case skipped
    }

    private static func reading(_ text: String, zone: TimeZone) -> Reading {
        let parts = text.split(separator: "T", maxSplits: 1).map(String.init)
        guard let date = LocalDate(parts[0]) else { return .malformed }
        // A bare date is the start of that day, wherever the zone begins it.
        guard parts.count == 2 else {
            return .instant(TimeGrid.instant(date, hour: 0, minute: 0, second: 0, zone: zone))
        }
        var clock = parts[1]
        var offset: Int?
        if clock.hasSuffix("Z") {
            offset = 0
            clock.removeLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zoneText = clock[clock.index(after: sign)...].split(separator: ":")
            guard zoneText.count == 2 || (zoneText.count == 1 && zoneText[0].count == 4) else { return .malformed }
            let hours = Int(zoneText.count == 2 ? zoneText[0] : zoneText[0].prefix(2))
            let minutes = Int(zoneText.count == 2 ? zoneText[1] : zoneText[0].suffix(2))
            guard let hours, let minutes, hours <= 18, minutes < 60 else { return .malformed }
            offset = (clock[sign] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            clock = String(clock[..<sign])
        }
        let fields = clock.split(separator: ":").map { Int($0) }
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0 != nil }) else { return .malformed }
        let (hour, minute, second) = (fields[0]!, fields[1]!, fields.count == 3 ? fields[2]! : 0)
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return .malformed }
        if let offset {
            let seconds = date.dayNumber * 86400 + hour * 3600 + minute * 60 + second - offset
            return .instant(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return local(date, hour, minute, second, zone: zone)
    }

    /// A wall time in `zone`: Foundation moves a skipped one past the gap,
    /// so it is skipped when the clock at that instant shows another time.
    private static func local(_ date: LocalDate, _ hour: Int, _ minute: Int, _ second: Int, zone: TimeZone) -> Reading {
        let instant = TimeGrid.instant(date, hour: hour, minute: minute, second: second, zone: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let shown = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let same =
            (shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second)
            == (date.year, date.month, date.day, hour, minute, second)
        return same ? .instant(instant) : .skipped
    }
}
