/// A wall-clock date and time with no zone, as written in `DTSTART;TZID=…`
/// or a floating value: a day number (days since 1970-01-01, proleptic
/// Gregorian) and the seconds since midnight.
///
/// Recurrence rules are defined on wall time (RFC 5545 §3.3.10: a weekly
/// 09:00 meeting stays at 09:00 across a DST change), so expansion works on
/// this type and turns it into an instant only at the end, through a ``Zone``.
struct LocalDateTime: Hashable, Comparable, Sendable {
    var day: Int
    var secondOfDay: Int

    init(day: Int, secondOfDay: Int = 0) {
        self.day = day
        self.secondOfDay = secondOfDay
    }

    /// The wall time that an instant shows on a clock `offset` seconds ahead of UTC.
    init(instant: Int, offset: Int) {
        let seconds = instant + offset
        day = seconds.floorDivided(by: 86_400)
        secondOfDay = seconds - day * 86_400
    }

    /// Seconds since the epoch of the instant at which a clock on UTC shows this wall time.
    var secondsAsUTC: Int { day * 86_400 + secondOfDay }

    var hour: Int { secondOfDay / 3600 }
    var minute: Int { secondOfDay / 60 % 60 }
    var second: Int { secondOfDay % 60 }

    func adding(days: Int) -> LocalDateTime { LocalDateTime(day: day + days, secondOfDay: secondOfDay) }

    static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.secondOfDay) < (rhs.day, rhs.secondOfDay)
    }
}

/// Proleptic Gregorian arithmetic on day numbers (days since 1970-01-01),
/// after Howard Hinnant's `days_from_civil` and `civil_from_days`.
enum CivilCalendar {
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(fromDayNumber dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = z.floorDivided(by: 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func weekday(ofDay dayNumber: Int) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday(rawValue: (dayNumber + 3).floorModulo(7))!
    }
}

/// Days of the week in RFC 5545's spelling, Monday first (its default `WKST`).
enum Weekday: Int, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    init?(code: some StringProtocol) {
        guard let index = Weekday.codes.firstIndex(of: code.uppercased()) else { return nil }
        self.init(rawValue: index)
    }

    var code: String { Weekday.codes[rawValue] }

    private static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
}

extension Int {
    /// Division rounding toward negative infinity, which day arithmetic
    /// before 1970 needs.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
