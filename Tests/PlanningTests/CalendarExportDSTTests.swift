import Foundation
import ICalendar
import Testing

@testable import CTGCore
@testable import CTGOutput

/// Meetings on both sides of Paris's clock changes (2022-10-30 and
/// 2023-03-26) keep their wall time, so their UTC instant moves by an hour.
/// Read back through the calendar's own VTIMEZONE, which the reader prefers
/// to the system's zone database.
@Suite("Calendar export across clock changes")
struct CalendarExportDSTTests {
    static let yaml = """
        version: 1
        name: "CTG DST"
        horizon: {from: 2022-10-24, to: 2023-03-31}
        calendar:
          slots:
            - {id: morning, start: "09:30", end: "12:00"}
            - {id: evening, start: "18:30", end: "20:30"}
        partners: [{id: caf}]
        rooms: [{id: conseil, capacity: 10}]
        meetings:
          - {id: before-autumn, title: A, attendees: {required: [caf]}, fixed: {date: 2022-10-27, slot: morning}}
          - {id: after-autumn, title: B, attendees: {required: [caf]}, fixed: {date: 2022-11-03, slot: morning}}
          - {id: before-spring, title: C, attendees: {required: [caf]}, fixed: {date: 2023-03-24, slot: evening}}
          - {id: after-spring, title: D, attendees: {required: [caf]}, fixed: {date: 2023-03-28, slot: evening}}
        """

    @Test("Each event's instants, expanded from the exported calendar, are the wall times in force that day")
    func instants() throws {
        let (summary, instance) = try solveOptimal(Self.yaml)
        let document = CalendarExport(instance: instance, texts: Texts(.en), timestamp: ExportFixture.timestamp)
            .calendar(summary.schedule)
        let calendars = try ICalendarParser.parse(document.serialized(), file: "dst.ics")
        #expect(calendars.first?.components(named: "VTIMEZONE").count == 1)
        let occurrences = try EventExpansion.occurrences(
            in: calendars, from: Date(timeIntervalSince1970: 1_666_000_000),
            to: Date(timeIntervalSince1970: 1_681_000_000), floatingTimeZone: TimeZone(identifier: "UTC")!)
        let iso = ISO8601DateFormatter()
        let instants = occurrences.map { "\(iso.string(from: $0.start)) \(iso.string(from: $0.end))" }
        #expect(
            instants == [
                "2022-10-27T07:30:00Z 2022-10-27T10:00:00Z",
                "2022-11-03T08:30:00Z 2022-11-03T11:00:00Z",
                "2023-03-24T17:30:00Z 2023-03-24T19:30:00Z",
                "2023-03-28T16:30:00Z 2023-03-28T18:30:00Z",
            ])
        let meetings = ["before-autumn", "after-autumn", "before-spring", "after-spring"]
        #expect(occurrences.map(\.uid) == meetings.map { Schedule.uid(meeting: $0, instanceName: "CTG DST") })
        // The same wall time on both sides, written as local time with TZID.
        let starts = try readEvents(document).map { $0.property("DTSTART") }
        #expect(starts.allSatisfy { $0?.parameter("TZID") == "Europe/Paris" })
        #expect(
            starts.map { $0?.value } == ["20221027T093000", "20221103T093000", "20230324T183000", "20230328T183000"])
    }
}
