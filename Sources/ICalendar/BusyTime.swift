import Foundation

/// A span during which someone is busy, as a partner's calendar shows it.
public struct BusyInterval: Sendable, Equatable {
    public var start: Date
    public var end: Date
    public var summary: String?

    public init(start: Date, end: Date, summary: String? = nil) {
        self.start = start
        self.end = end
        self.summary = summary
    }
}

/// Busy time read from calendars that partners export (Google, Outlook,
/// Thunderbird, Nextcloud).
public enum BusyTime {
    /// Every busy interval of the file's events overlapping [from, to):
    /// TRANSP:TRANSPARENT and STATUS:CANCELLED events excluded; all-day
    /// (DATE) events cover their whole local dates in `floatingTimeZone`;
    /// floating times read in `floatingTimeZone`; recurrences expanded;
    /// zero-length events kept as zero-length intervals. Intervals are not
    /// clipped to the window, and come sorted by start.
    public static func intervals(
        in components: [Component], from: Date, to: Date, floatingTimeZone: TimeZone
    ) throws(ICalendarError) -> [BusyInterval] {
        try EventExpansion.occurrences(in: components, from: from, to: to, floatingTimeZone: floatingTimeZone)
            .filter { !$0.isTransparent && $0.status != .cancelled }
            .map { BusyInterval(start: $0.start, end: $0.end, summary: $0.summary) }
    }
}

extension BusyTime {
    /// The busy time of the file's events within [from, to), handed to `body`
    /// as it is expanded and kept nowhere, so that memory does not grow with
    /// the occurrences: a partner busy every 30 seconds of a year is one span.
    ///
    /// Which events count is as for ``intervals(in:from:to:floatingTimeZone:)``.
    /// Each event's occurrences are merged where they overlap or touch, and
    /// clipped to the window; spans of different events may overlap and come
    /// in no particular order. Times are whole seconds, and a zero-length
    /// event at t is the span [t, t + 1): it overlaps exactly the intervals
    /// [a, b) with a ≤ t < b.
    ///
    /// - Throws: ``ICalendarError`` as ``EventExpansion`` does, and at the
    ///   BEGIN line of the event whose expansion passes `limits`.
    public static func forEachSpan(
        in components: [Component], from: Date, to: Date, floatingTimeZone: TimeZone,
        limits: ExpansionLimits = .standard, _ body: (_ start: Date, _ end: Date) -> Void
    ) throws(ICalendarError) {
        let window = (from: from.epochSeconds, to: to.epochSeconds)
        var budget = ExpansionBudget(limits)
        var run: (start: Int, end: Int)?
        func flush() {
            if let span = run { body(Date(epochSeconds: span.start), Date(epochSeconds: span.end)) }
            run = nil
        }
        func add(_ start: Int, _ end: Int) {
            guard EventExpansion.overlaps(start, end, window) else { return }
            let span = (start: max(start, window.from), end: min(max(end, start + 1), window.to))
            if let current = run, span.start <= current.end, span.end >= current.start {
                run = (min(span.start, current.start), max(span.end, current.end))
            } else {
                flush()
                run = span
            }
        }
        for component in components {
            guard let calendar = try CalendarEvents(component, floating: .system(floatingTimeZone)) else { continue }
            for master in calendar.masters where master.isBusy {
                budget.begin(master.name, at: master.origin)
                let replaced = calendar.replacements(of: master)
                try master.forEachInstance(from: window.from, to: window.to, budget: &budget) { instance in
                    if !replaced.contains(instance) { add(instance.start, instance.end) }
                }
                flush()
            }
            for record in calendar.overrides.values where record.isBusy {
                add(record.start.instant, record.length.end(startingAt: record.start.local, in: record.start.zone))
            }
            flush()
        }
    }
}

extension EventRecord {
    /// Whether the event makes its attendees busy.
    fileprivate var isBusy: Bool { !isTransparent && status != .cancelled }
}
