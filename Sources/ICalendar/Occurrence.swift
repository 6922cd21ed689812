import Foundation

/// One occurrence of an event: a single event, one instance of a recurring
/// event, or an override (`RECURRENCE-ID`) that replaced an instance.
public struct Occurrence: Sendable, Hashable {
    public var uid: String
    public var start: Date
    public var end: Date
    /// DTSTART was a DATE: the occurrence covers whole days in the floating zone.
    public var isAllDay: Bool
    public var summary: String?
    public var status: EventStatus?
    /// `TRANSP:TRANSPARENT`: the event does not make its attendees busy.
    public var isTransparent: Bool
    public var sequence: Int
    /// The instance's original start, for instances of recurring events and
    /// overrides; `nil` for a single event.
    public var recurrenceID: Date?

    public init(
        uid: String, start: Date, end: Date, isAllDay: Bool = false, summary: String? = nil,
        status: EventStatus? = nil, isTransparent: Bool = false, sequence: Int = 0, recurrenceID: Date? = nil
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.isAllDay = isAllDay
        self.summary = summary
        self.status = status
        self.isTransparent = isTransparent
        self.sequence = sequence
        self.recurrenceID = recurrenceID
    }
}

/// Turns the VEVENTs of parsed calendars into dated occurrences.
public enum EventExpansion {
    /// Every occurrence overlapping [from, to), sorted by start then UID.
    ///
    /// Recurrences are expanded in the wall time of DTSTART's zone; a
    /// `RECURRENCE-ID` event replaces the instance it names, and removes it
    /// when its STATUS is CANCELLED. A cancelled or transparent event is
    /// still returned, with its status, for the caller to judge. An
    /// occurrence of zero length overlaps the window when it starts inside it.
    ///
    /// - Parameters:
    ///   - components: VCALENDARs as ``ICalendarParser`` returns them (bare VEVENTs are accepted too).
    ///   - floatingTimeZone: reads floating times and DATE values (all-day events).
    /// - Throws: ``ICalendarError`` for a date, duration, rule or time zone that cannot be read.
    /// - Complexity: each rule stops after ``RecurrenceRule/maximumOccurrences``
    ///   and ``RecurrenceRule/maximumPeriods``; ``BusyTime/forEachSpan(in:from:to:floatingTimeZone:limits:_:)``
    ///   refuses what would be cut instead.
    public static func occurrences(
        in components: [Component], from: Date, to: Date, floatingTimeZone: TimeZone
    ) throws(ICalendarError) -> [Occurrence] {
        let window = (from: from.epochSeconds, to: to.epochSeconds)
        var budget = ExpansionBudget(nil)
        var occurrences: [Occurrence] = []
        for component in components {
            guard let calendar = try CalendarEvents(component, floating: .system(floatingTimeZone)) else { continue }
            for master in calendar.masters {
                budget.begin(master.name, at: master.origin)
                let replaced = calendar.replacements(of: master)
                for instance in try master.instances(from: window.from, to: window.to, budget: &budget)
                where overlaps(instance.start, instance.end, window) && !replaced.contains(instance) {
                    occurrences.append(
                        Occurrence(
                            master, start: instance.start, end: instance.end,
                            recurrenceID: master.isRecurring ? instance.start : nil))
                }
            }
            for record in calendar.overrides.values where record.status != .cancelled {
                let start = record.start.instant
                let end = record.length.end(startingAt: record.start.local, in: record.start.zone)
                guard overlaps(start, end, window) else { continue }
                occurrences.append(
                    Occurrence(record, start: start, end: end, recurrenceID: record.recurrenceID?.instant))
            }
        }
        // Overrides come out of a dictionary: the full key keeps the order reproducible.
        return occurrences.sorted {
            ($0.start, $0.uid, $0.end, $0.recurrenceID ?? .distantPast)
                < ($1.start, $1.uid, $1.end, $1.recurrenceID ?? .distantPast)
        }
    }

    static func overlaps(_ start: Int, _ end: Int, _ window: (from: Int, to: Int)) -> Bool {
        start < window.to && (end > window.from || (start == end && start >= window.from))
    }
}

extension Occurrence {
    fileprivate init(_ record: EventRecord, start: Int, end: Int, recurrenceID: Int?) {
        self.init(
            uid: record.uid, start: Date(epochSeconds: start), end: Date(epochSeconds: end),
            isAllDay: record.start.isDate, summary: record.summary, status: record.status,
            isTransparent: record.isTransparent, sequence: record.sequence,
            recurrenceID: recurrenceID.map(Date.init(epochSeconds:)))
    }
}
