internal import ICalendar

/// A day of the week by the instance format's ids (`mon`…`sun`).
package enum Weekday: String, CaseIterable, Sendable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// The one mapping from the civil calendar's days to the format's ids:
    /// both count from Monday.
    init(_ civil: CivilWeekday) { self = Weekday.allCases[civil.rawValue] }

    /// 0 for Monday … 6 for Sunday.
    package var index: Int { Weekday.allCases.firstIndex(of: self)! }
    package static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}
