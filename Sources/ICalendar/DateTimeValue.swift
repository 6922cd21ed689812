/// A DATE or DATE-TIME value (RFC 5545 §3.3.4, §3.3.5) before its zone is resolved.
enum DateTimeValue: Hashable, Sendable {
    case date(day: Int)
    /// `isUTC` for the `Z` form; otherwise the time is floating or local to a `TZID` parameter.
    case dateTime(LocalDateTime, isUTC: Bool)

    /// Parses `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`. A leap
    /// second (`60`) is read as `59`: instants here have no leap seconds.
    init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 8, let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            (1...12).contains(month), (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
        if bytes.count == 8 {
            self = .date(day: dayNumber)
            return
        }
        guard bytes.count == 15 || bytes.count == 16, bytes[8] | 0x20 == UInt8(ascii: "t"),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        let isUTC = bytes.count == 16
        guard !isUTC || bytes[15] | 0x20 == UInt8(ascii: "z") else { return nil }
        let time = LocalDateTime(day: dayNumber, secondOfDay: hour * 3600 + minute * 60 + min(second, 59))
        self = .dateTime(time, isUTC: isUTC)
    }

    /// The wall time it names; midnight for a DATE.
    var local: LocalDateTime {
        switch self {
        case .date(let day): LocalDateTime(day: day)
        case .dateTime(let time, _): time
        }
    }

    static func format(date day: Int) -> String {
        let (year, month, dayOfMonth) = CivilCalendar.date(fromDayNumber: day)
        return pad(year, 4) + pad(month, 2) + pad(dayOfMonth, 2)
    }

    static func format(_ time: LocalDateTime, isUTC: Bool) -> String {
        format(date: time.day) + "T" + pad(time.hour, 2) + pad(time.minute, 2) + pad(time.second, 2)
            + (isUTC ? "Z" : "")
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A UTC-OFFSET value (RFC 5545 §3.3.14): `+HHMM` or `+HHMMSS`.
enum UTCOffset {
    static func parse(_ text: some StringProtocol) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5 || bytes.count == 7, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        let digits = bytes.dropFirst().map { Int($0 - UInt8(ascii: "0")) }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits[2] * 10 + digits[3]
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        guard minutes < 60, seconds < 60 else { return nil }
        let magnitude = hours * 3600 + minutes * 60 + seconds
        return bytes[0] == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    /// `-0000` is forbidden, so zero is `+0000`; seconds only when there are some.
    static func format(_ offset: Int) -> String {
        let magnitude = abs(offset)
        var text = (offset < 0 ? "-" : "+") + twoDigits(magnitude / 3600) + twoDigits(magnitude / 60 % 60)
        if magnitude % 60 != 0 { text += twoDigits(magnitude % 60) }
        return text
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
