import Foundation
import ICalendar
import Testing

@testable import CTGCore
@testable import CTGOutput

/// A small schedule whose export every calendar test reads: a pinned series
/// either side of the October 2022 clock change, an online meeting, a
/// partner without e-mail, and a cancellation carried over from a re-plan.
enum ExportFixture {
    /// `SOURCE_DATE_EPOCH=1700000000`, passed explicitly so the golden file never depends on the clock.
    static let timestamp = Date(timeIntervalSince1970: 1_700_000_000)

    static let yaml = """
        version: 1
        name: "CTG golden"
        timezone: Europe/Paris
        horizon: {from: 2022-10-24, to: 2022-11-04}
        organizer: {name: "Coordination CTG", email: ctg@cc-exemple.fr}
        reminder_minutes: 30
        calendar:
          slots:
            - {id: morning, start: "09:30", end: "12:00"}
            - {id: afternoon, start: "14:00", end: "16:30"}
        phases:
          - {id: diag, name: "Diagnostic partagé"}
        partners:
          - {id: caf, name: "CAF de la Côte-d'Or", email: caf@caf21.example}
          - {id: elue, name: "Vice-présidente enfance, jeunesse", email: elue@cc-exemple.fr}
          - {id: cabinet, name: "Cabinet-conseil"}
        rooms:
          - {id: conseil, name: "Salle du conseil", site: Is-sur-Tille,
             address: "2 rue de la Tille, 21120 Is-sur-Tille", capacity: 20}
          - {id: fetes, name: "Salle des fêtes", site: Selongey, capacity: 50}
        meetings:
          - id: copil
            title: "Comité de pilotage; budget, priorités"
            kind: committee
            phase: diag
            purpose: "Valider les étapes de la démarche."
            sessions: 2
            attendees: {required: [caf, elue], optional: [cabinet]}
            overrides:
              "copil#1": {fixed: {date: 2022-10-27, slot: morning, room: conseil}}
              "copil#2": {fixed: {date: 2022-11-03, slot: morning, room: fetes}}
          - id: visio
            title: "Point des financeurs (visio)"
            kind: working-group
            online: true
            url: "https://visio.cc-exemple.fr/ctg"
            attendees: {required: [caf, cabinet], optional: [elue]}
            fixed: {date: 2022-10-28, slot: afternoon}
        """

    /// What a re-plan left behind: a meeting gone from the instance, announced at its former place and time.
    static let cancellation = Cancellation(
        meeting: "atelier", uid: Schedule.uid(meeting: "atelier", instanceName: "CTG golden"), sequence: 2,
        title: "Atelier parents", start: "2022-11-02T14:00:00+01:00", end: "2022-11-02T16:30:00+01:00",
        attendees: ["elue"], room: "fetes")

    /// The solved fixture (every meeting is pinned, so the solver has one answer) with the cancellation added.
    static func schedule() throws -> (Schedule, ExpandedInstance) {
        let (summary, instance) = try solveOptimal(yaml)
        var schedule = summary.schedule
        schedule.cancelled = [cancellation]
        return (schedule, instance)
    }

    static func export(_ instance: ExpandedInstance, reminderMinutes: Int? = nil) -> CalendarExport {
        CalendarExport(instance: instance, texts: Texts(.fr), timestamp: timestamp, reminderMinutes: reminderMinutes)
    }

    static func uid(_ meeting: String) -> String {
        Schedule.uid(meeting: meeting, instanceName: "CTG golden")
    }
}

/// The VEVENTs of a document as the project's own reader gets them back.
func readEvents(_ document: CalendarDocument) throws -> [Component] {
    try readCalendar(document).components(named: "VEVENT")
}

func readCalendar(_ document: CalendarDocument) throws -> Component {
    try #require(try ICalendarParser.parse(document.serialized(), file: "export.ics").first)
}

extension Component {
    /// The TEXT value of a property, unescaped.
    func text(_ name: String) -> String? { property(name)?.textValue }
}
