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
