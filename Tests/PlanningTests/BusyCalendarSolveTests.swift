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
    private func load(
        partners: String, files: [String: String], days: String = "{from: 2023-01-02, to: 2023-01-06}",
        meetings: String = meetings
    ) throws -> ExpandedInstance {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("instance.yaml").path
        try Data(week(days: days, partners: partners, meetings: meetings).utf8).write(to: URL(fileURLWithPath: path))
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

    /// Busy every 30 seconds for 30 seconds, from before the horizon on:
    /// 2,880 occurrences a day, which merge into "busy all the time".
    static let alwaysBusy = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Tests//Busy//EN\r
        BEGIN:VEVENT\r
        UID:always@test\r
        DTSTART:20221201T000000Z\r
        DURATION:PT30S\r
        RRULE:FREQ=DAILY;BYHOUR=\((0...23).map(String.init).joined(separator: ","));BYMINUTE=\((0...59).map(String.init).joined(separator: ","));BYSECOND=0,30\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    @Test("A partner busy all the time over three months is never available, and a meeting needing it cannot be placed")
    func alwaysBusy() throws {
        let partners = "  - {id: a, busy: busy.ics}\n  - {id: b}\n  - {id: c}"
        let late = { (who: String) in
            "  - {id: late, title: Late, window: {from: 2023-03-20, to: 2023-03-24}, attendees: {required: [\(who)]}}"
        }
        let instance = try load(
            partners: partners, files: ["busy.ics": Self.alwaysBusy], days: "{from: 2023-01-02, to: 2023-03-31}",
            meetings: late("b"))
        #expect((0..<instance.grid.count).allSatisfy { !instance.isPartnerAvailable(0, at: $0) })
        #expect((0..<instance.grid.count).allSatisfy { instance.isPartnerAvailable(1, at: $0) })
        do {
            _ = try load(
                partners: partners, files: ["busy.ics": Self.alwaysBusy], days: "{from: 2023-01-02, to: 2023-03-31}",
                meetings: late("a"))
            Issue.record("a meeting was given a slot where its required partner is busy")
        } catch let error as InputError {
            #expect(error.description.contains("a is unavailable at every allowed slot"), "\(error)")
        }
    }

    @Test(
        "A busy calendar past the expansion limit is an input error at the partner's busy field, naming the event's file and line"
    )
    func pastTheLimit() throws {
        let all = { (range: ClosedRange<Int>) in range.map(String.init).joined(separator: ",") }
        let everything = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Tests//Busy//EN\r
            BEGIN:VEVENT\r
            UID:everything@test\r
            DTSTART:20230101T000000Z\r
            RRULE:FREQ=YEARLY;BYMONTH=\(all(1...12));BYMONTHDAY=\(all(1...31));BYHOUR=\(all(0...23));BYMINUTE=\(all(0...59));BYSECOND=\(all(0...59))\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        do {
            _ = try load(partners: "  - {id: a}\n  - {id: b, busy: busy.ics}", files: ["busy.ics": everything])
            Issue.record("the instance loaded")
        } catch let error as InputError {
            #expect(error.diagnostics.map(\.path) == ["partners[1].busy"])
            #expect(error.diagnostics.map(\.location.line) == [11])
            let message = error.diagnostics.first?.message ?? ""
            #expect(message.contains("busy.ics:4:"), "\(message)")
            #expect(message.contains("too many occurrences"), "\(message)")
        }
    }
}
