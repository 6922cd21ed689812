import Foundation

/// Every (date, slot) of the horizon, numbered so that time order is index
/// order: `t = day × slotsPerDay + slot`. A meeting of duration k starting at t
/// occupies t…t+k−1, all on the same date.
package struct TimeGrid: Sendable {
    package let dates: [LocalDate]
    package let slots: [SlotDefinition]
    package let timeZone: TimeZone
    private let firstDay: Int

    package init(horizon: DateSpan, slots: [SlotDefinition], timeZone: TimeZone) {
        dates = (0..<horizon.dayCount).map { horizon.from.adding(days: $0) }
        self.slots = slots
        self.timeZone = timeZone
        firstDay = horizon.from.dayNumber
    }

    /// The grid of an instance's horizon, slots and zone: expansion, busy
    /// calendars and re-planning must all number times the same way.
    package init(_ instance: Instance) {
        self.init(horizon: instance.horizon, slots: instance.calendar.slots, timeZone: instance.timeZone)
    }

    package var slotsPerDay: Int { slots.count }
    package var count: Int { dates.count * slots.count }

    package func dayIndex(of date: LocalDate) -> Int? {
        let index = date.dayNumber - firstDay
        return dates.indices.contains(index) ? index : nil
    }

    package func slotIndex(of id: String) -> Int? { slots.firstIndex { $0.id == id } }

    package func time(day: Int, slot: Int) -> Int { day * slots.count + slot }
    package func day(of time: Int) -> Int { time / slots.count }
    package func slot(of time: Int) -> Int { time % slots.count }
    package func date(of time: Int) -> LocalDate { dates[day(of: time)] }

    /// The absolute instant of a local date and time in the instance's zone,
    /// through the tz database (so the offset follows the DST changes).
    package func instant(_ date: LocalDate, _ time: LocalTime) -> Date {
        TimeGrid.instant(date, hour: time.hour, minute: time.minute, second: 0, zone: timeZone)
    }

    package static func instant(_ date: LocalDate, hour: Int, minute: Int, second: Int, zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }

    /// Start of slot `t` and end of slot `t + duration − 1`.
    func interval(start t: Int, duration: Int) -> (start: Date, end: Date) {
        let date = date(of: t)
        let first = slots[slot(of: t)]
        let last = slots[slot(of: t) + duration - 1]
        return (instant(date, first.start), instant(date, last.end))
    }

    /// ISO 8601 local time with offset, as `schedule.json` writes it: `2022-06-21T09:30:00+02:00`.
    package func isoString(_ instant: Date) -> String {
        let offset = timeZone.secondsFromGMT(for: instant)
        let day = LocalDate(instant, in: timeZone)
        let secondOfDay = Int(instant.timeIntervalSince1970.rounded(.down)) + offset - day.dayNumber * 86400
        let sign = offset < 0 ? "-" : "+"
        let absolute = abs(offset)
        return String(
            format: "%@T%02d:%02d:%02d%@%02d:%02d", day.description, secondOfDay / 3600, secondOfDay / 60 % 60,
            secondOfDay % 60, sign, absolute / 3600, absolute / 60 % 60)
    }
}
