import Foundation
import ICalendar
import Testing

/// Shared helpers: instants written the way a person reads them, and fixture loading.
enum Support {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let utc = TimeZone(identifier: "UTC")!

    /// An instant from an ISO 8601 UTC string such as `2022-10-27T07:30:00Z`.
    static func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    /// The instant a wall time names in a zone, by Foundation.
    static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, in zone: TimeZone = paris
    ) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// `yyyy-MM-dd HH:mm` in a zone, so expected recurrences read like a calendar.
    static func wallTime(_ date: Date, in zone: TimeZone = paris) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func fixtureURL(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    }

    static func fixture(_ name: String) throws -> [Component] {
        try ICalendarParser.parse(Data(contentsOf: fixtureURL(name)), file: name)
    }

    /// A VCALENDAR around some lines, CRLF-terminated.
    static func calendar(_ lines: String) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//EN"] + lines.split(separator: "\n").map(String.init)
            + ["END:VCALENDAR"]).joined(separator: "\r\n") + "\r\n"
    }

    /// Occurrences of calendar text in a window, floating times in Paris.
    static func occurrences(
        _ text: String, from: Date = instant("2000-01-01T00:00:00Z"), to: Date = instant("2030-01-01T00:00:00Z"),
        floating: TimeZone = paris
    ) throws -> [Occurrence] {
        try EventExpansion.occurrences(
            in: ICalendarParser.parse(text, file: "test.ics"), from: from, to: to, floatingTimeZone: floating)
    }

    /// Start wall times in Paris of a VEVENT's occurrences.
    static func starts(
        _ eventLines: String, from: Date = instant("2000-01-01T00:00:00Z"),
        to: Date = instant("2030-01-01T00:00:00Z")
    ) throws -> [String] {
        try occurrences(calendar("BEGIN:VEVENT\nUID:e\n" + eventLines + "\nEND:VEVENT"), from: from, to: to)
            .map { wallTime($0.start) }
    }
}
