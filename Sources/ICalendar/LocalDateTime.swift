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
