import Foundation
import Testing

@testable import CTGCore
@testable import CTGSolver
@testable import CTGValidation

/// Partners' `busy:` calendars, from the file on disk to the solver's
/// choice: `InstanceFile.load` is the only entry point that reads them.
@Suite("Busy calendars")
struct BusyCalendarSolveTests {
    /// Partner a's calendar over the week of 2023-01-02: a weekly series on
    /// Tuesdays and Thursdays 10:00–11:00 (started in December, Thursday
    /// 5 January excepted), a day off on Wednesday, and two events that must
    /// not count: a transparent one on Friday morning, a cancelled one on
    /// Monday morning.
    static let busyCalendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Tests//Busy//EN
        BEGIN:VEVENT
        UID:weekly@test
        DTSTAMP:20221201T000000Z
        DTSTART;TZID=Europe/Paris:20221206T100000
        DTEND;TZID=Europe/Paris:20221206T110000
        RRULE:FREQ=WEEKLY;BYDAY=TU,TH
        EXDATE;TZID=Europe/Paris:20230105T100000
        SUMMARY:Permanence
        END:VEVENT
        BEGIN:VEVENT
        UID:day-off@test
        DTSTAMP:20221201T000000Z
        DTSTART;VALUE=DATE:20230104
        DTEND;VALUE=DATE:20230105
        SUMMARY:Congé
        END:VEVENT
        BEGIN:VEVENT
        UID:transparent@test
        DTSTAMP:20221201T000000Z
        DTSTART;TZID=Europe/Paris:20230106T090000
        DTEND;TZID=Europe/Paris:20230106T120000
        TRANSP:TRANSPARENT
        SUMMARY:Rappel
        END:VEVENT
        BEGIN:VEVENT
        UID:cancelled@test
        DTSTAMP:20221201T000000Z
        DTSTART;TZID=Europe/Paris:20230102T090000
        DTEND;TZID=Europe/Paris:20230102T120000
        STATUS:CANCELLED
        SUMMARY:Réunion annulée
        END:VEVENT
        END:VCALENDAR

        """.replacingOccurrences(of: "\n", with: "\r\n")

    /// One meeting per weekday, each preferring the morning; m-wed may also
    /// fall on Thursday but prefers Wednesday.
    static let meetings = """
          - {id: m-mon, title: Mon, days: [mon], attendees: {required: [a]}, prefer: {slots: [am]}}
          - {id: m-tue, title: Tue, days: [tue], attendees: {required: [a]}, prefer: {slots: [am]}}
          - {id: m-wed, title: Wed, days: [wed, thu], attendees: {required: [a]}, prefer: {days: [wed]}}
          - {id: m-thu, title: Thu, days: [thu], attendees: {required: [a]}, prefer: {slots: [am]}}
          - {id: m-fri, title: Fri, days: [fri], attendees: {required: [a]}, prefer: {slots: [am]}}
        """

    /// Writes the instance and its files into a fresh folder and loads it the way every command does.
    private func load(partners: String, files: [String: String]) throws -> ExpandedInstance {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("instance.yaml").path
        try Data(week(partners: partners, meetings: Self.meetings).utf8).write(to: URL(fileURLWithPath: path))
        return try InstanceFile.load(path)
    }

    private func solve(_ instance: ExpandedInstance) throws -> SolveSummary {
        guard case .solved(let summary) = try Planner.solve(instance) else {
            Issue.record("no schedule found")
            throw CancellationError()
        }
        #expect(summary.schedule.status == .optimal)
        #expect(ScheduleValidator.validate(summary.schedule, against: instance).violations.isEmpty)
        return summary
    }

    private func places(_ summary: SolveSummary) -> [String: String] {
        Dictionary(uniqueKeysWithValues: summary.schedule.assignments.map { ($0.meeting, "\($0.date) \($0.slot)") })
    }

    @Test(
        "Slots blocked: each occurrence of the series but the excepted one, the whole day off; not the transparent or cancelled events"
    )
    func blockedSlots() throws {
        let instance = try load(
            partners: "  - {id: a, busy: busy.ics}\n  - {id: b}\n  - {id: c}", files: ["busy.ics": Self.busyCalendar])
        let grid = instance.grid
        let blocked = (0..<grid.count).filter { !instance.isPartnerAvailable(0, at: $0) }.map {
            "\(grid.date(of: $0)) \(grid.slots[grid.slot(of: $0)].id)"
        }
        #expect(blocked == ["2023-01-03 am", "2023-01-04 am", "2023-01-04 pm"])
        #expect((0..<grid.count).allSatisfy { instance.isPartnerAvailable(1, at: $0) })
    }

    @Test("The weekly busy event moves a meeting off its preferred morning; the others keep theirs")
    func meetingMoves() throws {
        let free = try solve(load(partners: "  - {id: a}\n  - {id: b}\n  - {id: c}", files: [:]))
        #expect(free.schedule.objective == 0)
        #expect(places(free)["m-tue"] == "2023-01-03 am")
        #expect(free.assignment("m-wed")?.date.description == "2023-01-04")

        let busy = try solve(
            load(
                partners: "  - {id: a, busy: busy.ics}\n  - {id: b}\n  - {id: c}",
                files: ["busy.ics": Self.busyCalendar]))
        let placed = places(busy)
        #expect(placed["m-tue"] == "2023-01-03 pm", "Tuesday 10:00–11:00 is busy every week")
        #expect(placed["m-wed"] == "2023-01-05 pm", "the day off covers Wednesday; Thursday morning is m-thu's")
        #expect(placed["m-thu"] == "2023-01-05 am", "EXDATE frees this Thursday")
        #expect(placed["m-mon"] == "2023-01-02 am", "a cancelled event does not block")
        #expect(placed["m-fri"] == "2023-01-06 am", "a transparent event does not block")
        // m-tue misses its slot preference, m-wed its day preference: 5 each.
        #expect(busy.schedule.objective == 10)
    }

    @Test("A missing or unreadable busy calendar is an input error naming each partner's busy field")
    func brokenFiles() throws {
        let broken = """
            BEGIN:VCALENDAR\r
            BEGIN:VEVENT\r
            UID:x\r
            DTSTART:tomorrow\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        do {
            _ = try load(
                partners: "  - {id: a, busy: nowhere.ics}\n  - {id: b, busy: broken.ics}\n  - {id: c}",
                files: ["broken.ics": broken])
            Issue.record("the instance loaded")
        } catch let error as InputError {
            #expect(error.diagnostics.map(\.path) == ["partners[0].busy", "partners[1].busy"])
            let messages = error.diagnostics.map(\.message)
            #expect(messages.first?.contains("nowhere.ics") == true)
            #expect(messages.last?.contains("tomorrow") == true, "\(messages)")
            // Each points at its own partner's line of the instance (`week` puts partners at lines 10 and 11).
            #expect(error.diagnostics.map(\.location.line) == [10, 11])
        }
    }
}
