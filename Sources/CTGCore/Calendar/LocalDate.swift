import Foundation
internal import ICalendar

/// A calendar date with no time zone, as the instance writes it (`YYYY-MM-DD`).
///
/// Arithmetic goes through a day number (days since 1970-01-01, proleptic
/// Gregorian, by ICalendar's `CivilCalendar`), which is exact and free of
/// time-zone effects: a date is never turned into an instant except at the
/// very end, in `ExpandedInstance`.
package struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// Returns nil for an impossible date (2023-02-29, month 13…) or a year
    /// outside 1900…2200, the range the tool accepts.
    package init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilCalendar.daysIn(month: month, year: year)
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
        (year, month, day) = CivilCalendar.date(fromDayNumber: dayNumber)
    }

    /// The local date of an instant in a zone, through the tz database's offset at that instant.
    package init(_ instant: Date, in zone: TimeZone) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        self.init(dayNumber: Int((Double(seconds) / 86400).rounded(.down)))
    }

    /// Days since 1970-01-01.
    package var dayNumber: Int { CivilCalendar.dayNumber(year: year, month: month, day: day) }

    package var weekday: Weekday { Weekday(CivilCalendar.weekday(ofDay: dayNumber)) }

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
