import Foundation

/// A calendar date with no time zone, as the instance writes it (`YYYY-MM-DD`).
///
/// Arithmetic goes through a day number (days since 1970-01-01, proleptic
/// Gregorian), which is exact and free of time-zone effects: a date is never
/// turned into an instant except at the very end, in `ExpandedInstance`.
package struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// Returns nil for an impossible date (2023-02-29, month 13…) or a year
    /// outside 1900…2200, the range the tool accepts.
    package init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            day >= 1, day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    package init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The local date of an instant in a zone, through the tz database's offset at that instant.
    package init(_ instant: Date, in zone: TimeZone) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        self.init(dayNumber: Int((Double(seconds) / 86400).rounded(.down)))
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    package var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    package var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    package func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    package func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The ISO 8601 week (Monday first) as a single comparable number: the
    /// day number of that week's Monday.
    package var isoWeekMonday: Int { dayNumber - weekday.index }

    package var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    package static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A time of day, minutes since midnight, as written `"HH:MM"`.
package struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let minutes: Int

    package init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `H:MM` or `HH:MM`.
    package init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(hour: h, minute: m)
    }

    package var hour: Int { minutes / 60 }
    package var minute: Int { minutes % 60 }
    package var description: String { String(format: "%02d:%02d", hour, minute) }
    package static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutes < b.minutes }
}

package enum Weekday: String, CaseIterable, Sendable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// 0 for Monday … 6 for Sunday.
    package var index: Int { Weekday.allCases.firstIndex(of: self)! }
    package static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}

/// An inclusive range of dates (`{from, to}` or `{date}` in the file).
package struct DateSpan: Hashable, Sendable, CustomStringConvertible {
    package var from: LocalDate
    package var to: LocalDate
    package init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }
    package init(date: LocalDate) { self.init(from: date, to: date) }

    package func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }
    package var isEmpty: Bool { to < from }
    package var dayCount: Int { max(0, from.days(to: to) + 1) }
    package var description: String { from == to ? "\(from)" : "\(from)..\(to)" }
}
