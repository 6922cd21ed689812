import Foundation
import ICalendar
import Testing

@Suite("Busy time")
struct BusyTimeTests {
    typealias S = Support

    static let text = S.calendar(
        """
        BEGIN:VEVENT
        UID:opaque
        SUMMARY:Rendez-vous
        DTSTART;TZID=Europe/Paris:20240603T100000
        DTEND;TZID=Europe/Paris:20240603T113000
        END:VEVENT
        BEGIN:VEVENT
        UID:transparent
        SUMMARY:Rappel
        TRANSP:TRANSPARENT
        DTSTART;TZID=Europe/Paris:20240603T120000
        DTEND;TZID=Europe/Paris:20240603T130000
        END:VEVENT
        BEGIN:VEVENT
        UID:cancelled
        SUMMARY:Annulé
        STATUS:CANCELLED
        DTSTART;TZID=Europe/Paris:20240603T140000
        DTEND;TZID=Europe/Paris:20240603T150000
        END:VEVENT
        BEGIN:VEVENT
        UID:holiday
        SUMMARY:Congés
        DTSTART;VALUE=DATE:20240604
        DTEND;VALUE=DATE:20240606
        END:VEVENT
        BEGIN:VEVENT
        UID:bank-holiday
        SUMMARY:Férié
        DTSTART;VALUE=DATE:20240607
        END:VEVENT
        BEGIN:VEVENT
        UID:deadline
        SUMMARY:Échéance
        DTSTART:20240603T160000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:floating
        SUMMARY:Flottant
        DTSTART:20240603T080000
        DURATION:PT45M
        END:VEVENT
        BEGIN:VEVENT
        UID:outside
        DTSTART:20240701T080000Z
        DTEND:20240701T090000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:weekly
        SUMMARY:Hebdo
        DTSTART;TZID=Europe/Paris:20240527T170000
        DURATION:PT1H
        RRULE:FREQ=WEEKLY;BYDAY=MO
        END:VEVENT
        BEGIN:VEVENT
        UID:weekly
        RECURRENCE-ID;TZID=Europe/Paris:20240610T170000
        STATUS:CANCELLED
        DTSTART;TZID=Europe/Paris:20240610T170000
        END:VEVENT
        """)

    static func busy(from: Date, to: Date, floating: TimeZone = S.paris) throws -> [BusyInterval] {
        try BusyTime.intervals(
            in: ICalendarParser.parse(text, file: "busy.ics"), from: from, to: to, floatingTimeZone: floating)
    }

    @Test("Opaque events, all-day dates and recurrences are busy; transparent and cancelled ones are not")
    func intervals() throws {
        let busy = try Self.busy(from: S.date(2024, 6, 3), to: S.date(2024, 6, 11))
        #expect(
            busy == [
                BusyInterval(start: S.date(2024, 6, 3, 8), end: S.date(2024, 6, 3, 8, 45), summary: "Flottant"),
                BusyInterval(start: S.date(2024, 6, 3, 10), end: S.date(2024, 6, 3, 11, 30), summary: "Rendez-vous"),
                BusyInterval(start: S.date(2024, 6, 3, 17), end: S.date(2024, 6, 3, 18), summary: "Hebdo"),
                BusyInterval(
                    start: S.instant("2024-06-03T16:00:00Z"), end: S.instant("2024-06-03T16:00:00Z"),
                    summary: "Échéance"),
                BusyInterval(start: S.date(2024, 6, 4), end: S.date(2024, 6, 6), summary: "Congés"),
                BusyInterval(start: S.date(2024, 6, 7), end: S.date(2024, 6, 8), summary: "Férié"),
            ])
    }

    @Test("All-day and floating times follow the floating zone")
    func floatingZone() throws {
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let busy = try Self.busy(
            from: S.date(2024, 6, 7, in: tokyo), to: S.date(2024, 6, 8, in: tokyo), floating: tokyo)
        #expect(
            busy == [
                BusyInterval(start: S.date(2024, 6, 7, in: tokyo), end: S.date(2024, 6, 8, in: tokyo), summary: "Férié")
            ])
    }

    @Test("An interval overlapping the window's start is included unclipped; one ending at it is not")
    func windowEdges() throws {
        let busy = try Self.busy(from: S.date(2024, 6, 3, 11), to: S.date(2024, 6, 3, 11, 15))
        #expect(busy.map(\.summary) == ["Rendez-vous"])
        #expect(busy.first?.start == S.date(2024, 6, 3, 10))
        #expect(try Self.busy(from: S.date(2024, 6, 3, 11, 30), to: S.date(2024, 6, 3, 12)).isEmpty)
    }

    @Test("A zero-length event counts when it starts in the window")
    func zeroLength() throws {
        let at = S.instant("2024-06-03T16:00:00Z")
        #expect(try Self.busy(from: at, to: at.addingTimeInterval(1)).map(\.summary) == ["Échéance"])
        #expect(try !Self.busy(from: at.addingTimeInterval(-1), to: at).contains { $0.summary == "Échéance" })
    }

    @Test("Cancelled instances of a recurrence are free, the others busy")
    func cancelledInstance() throws {
        let busy = try Self.busy(from: S.date(2024, 6, 10, 12), to: S.date(2024, 6, 18, 12))
        #expect(busy.map { S.wallTime($0.start) } == ["2024-06-17 17:00"])
    }

    @Test("An unknown time zone is an error naming its line")
    func unknownZone() {
        let text = S.calendar("BEGIN:VEVENT\nUID:z\nDTSTART;TZID=Mars/Olympus_Mons:20240101T100000\nEND:VEVENT")
        let error = #expect(throws: ICalendarError.self) {
            try BusyTime.intervals(
                in: ICalendarParser.parse(text, file: "mars.ics"), from: .distantPast, to: .distantFuture,
                floatingTimeZone: S.paris)
        }
        #expect(error?.description.hasPrefix("mars.ics:6: unknown time zone \"Mars/Olympus_Mons\"") == true)
    }

    @Test(
        "Values that cannot be read are errors naming their line",
        arguments: [
            "DTSTART:2024-01-01", "DTSTART:20240230T100000Z", "DTSTART:20240101T250000",
            "DTSTART:20240101T100000Z\nDURATION:P999999999W999999999W", "DTSTART:20240101T100000Z\nDURATION:1H",
            "DTSTART:20240101T100000Z\nDTEND:later", "DTSTART:20240101T100000Z\nEXDATE:20240101T10",
            "DTSTART:20240101T100000Z\nRDATE;VALUE=PERIOD:20240101T100000Z/soon",
        ])
    func unreadableValues(lines: String) {
        let text = S.calendar("BEGIN:VEVENT\nUID:v\n" + lines + "\nEND:VEVENT")
        let error = #expect(throws: ICalendarError.self) { try S.occurrences(text) }
        #expect(error?.file == "test.ics")
        #expect(error?.line == 5 + lines.split(separator: "\n").count)
    }

    @Test("A VEVENT without DTSTART is an error at its BEGIN line")
    func missingStart() {
        let error = #expect(throws: ICalendarError.self) {
            try S.occurrences(S.calendar("BEGIN:VEVENT\nUID:v\nSUMMARY:?\nEND:VEVENT"))
        }
        #expect(error?.line == 4)
    }

    @Test("Durations in days are nominal, in hours exact")
    func durations() throws {
        let text = S.calendar(
            """
            BEGIN:VEVENT
            UID:d1
            DTSTART;TZID=Europe/Paris:20240330T120000
            DURATION:P1D
            END:VEVENT
            BEGIN:VEVENT
            UID:d2
            DTSTART;TZID=Europe/Paris:20240330T120000
            DURATION:PT24H
            END:VEVENT
            BEGIN:VEVENT
            UID:d4
            DTSTART;TZID=Europe/Paris:20240330T120000
            DURATION:P2W
            END:VEVENT
            """)
        let ends = try S.occurrences(text).map { [$0.uid, S.wallTime($0.end)] }
        #expect(
            ends == [
                ["d1", "2024-03-31 12:00"], ["d2", "2024-03-31 13:00"], ["d4", "2024-04-13 12:00"],
            ])
    }
}
