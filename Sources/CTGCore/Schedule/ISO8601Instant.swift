import Foundation

/// Reads the instants of `schedule.json` (`2022-06-21T09:30:00+02:00`, or
/// `Z` for UTC) exactly, without a date formatter's leniency: a re-plan
/// decides from them which meetings have already started.
package enum ISO8601Instant {
    package static func parse(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 20 || scalars.count == 25, scalars[10] == "T", scalars[13] == ":", scalars[16] == ":",
            let date = LocalDate(String(String.UnicodeScalarView(scalars[0..<10]))),
            let hour = number(scalars[11..<13]), let minute = number(scalars[14..<16]),
            let second = number(scalars[17..<19]), hour < 24, minute < 60, second < 60
        else { return nil }
        var offset = 0
        if scalars.count == 20 {
            guard scalars[19] == "Z" else { return nil }
        } else {
            guard scalars[19] == "+" || scalars[19] == "-", scalars[22] == ":",
                let hours = number(scalars[20..<22]), let minutes = number(scalars[23..<25]), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (scalars[19] == "-" ? -1 : 1)
        }
        let local = date.dayNumber * 86400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(local - offset))
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }
}
