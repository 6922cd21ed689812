import Foundation
import Testing

@testable import CTGCore
@testable import CTGValidation

/// Tiny instances built in Swift, and schedules for them whose every field
/// is consistent, so that a test changes exactly one thing.
enum Fixture {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    static func span(_ from: String, _ to: String) -> DateSpan { DateSpan(from: date(from), to: date(to)) }

    /// June 2022, Europe/Paris, weekdays, three slots (morning, afternoon, evening).
    /// Partners caf, cd21, msa, dgs. Rooms salle-conseil (Is-sur-Tille, 20,
    /// accessible + projector) and mairie (Dijon, 8). Meetings:
    /// - copil: required caf, cd21; optional dgs; needs accessible;
    /// - atelier: required msa; optional caf; 2 slots; after copil;
    /// - visio: online; required cd21.
    static func instance(_ edit: (inout Instance) -> Void = { _ in }) -> Instance {
        var instance = Instance(
            name: "CTG test", timeZone: paris, horizon: span("2022-06-01", "2022-06-30"),
            calendar: CalendarSettings(slots: [
                SlotDefinition(id: "morning", start: LocalTime("09:30")!, end: LocalTime("12:00")!),
                SlotDefinition(id: "afternoon", start: LocalTime("14:00")!, end: LocalTime("16:30")!),
                SlotDefinition(id: "evening", start: LocalTime("18:30")!, end: LocalTime("20:30")!),
            ]))
        instance.partners = ["caf", "cd21", "msa", "dgs"].map { Partner(id: $0) }
        var salle = Room(id: "salle-conseil", site: "Is-sur-Tille", capacity: 20)
        salle.features = ["accessible", "projector"]
        instance.rooms = [salle, Room(id: "mairie", site: "Dijon", capacity: 8)]
        var copil = MeetingSpec(id: "copil", title: "Comité de pilotage")
        copil.required = ["caf", "cd21"]
        copil.optional = ["dgs"]
        copil.needs = ["accessible"]
        var atelier = MeetingSpec(id: "atelier", title: "Atelier parentalité")
        atelier.required = ["msa"]
        atelier.optional = ["caf"]
        atelier.duration = 2
        atelier.after = [Precedence(meeting: "copil")]
        var visio = MeetingSpec(id: "visio", title: "Point visio")
        visio.required = ["cd21"]
        visio.online = true
        instance.meetings = [copil, atelier, visio]
        edit(&instance)
        return instance
    }

    static func expanded(_ edit: (inout Instance) -> Void = { _ in }) throws -> ExpandedInstance {
        try ExpandedInstance(instance(edit))
    }

    /// An assignment of `id` at `day` `slot` whose slots, instants, site,
    /// attendees and uid are what the instance implies (slots stop at the
    /// end of the day when the meeting does not fit).
    static func place(_ e: ExpandedInstance, _ id: String, _ day: String, _ slot: String, room: String? = nil)
        -> Assignment
    {
        let meeting = e.meetings[e.meetingIndex[id]!]
        let first = e.grid.slotIndex(of: slot)!
        let occupied = Array(e.grid.slots[first..<min(first + meeting.duration, e.grid.slotsPerDay)])
        let d = date(day)
        return Assignment(
            meeting: id, title: meeting.title, date: d, slot: slot, slots: occupied.map(\.id),
            start: e.grid.isoString(e.grid.instant(d, occupied.first!.start)),
            end: e.grid.isoString(e.grid.instant(d, occupied.last!.end)), room: room,
            site: room.flatMap { r in e.rooms.first { $0.id == r }?.site },
            required: meeting.required.map { e.partners[$0].id }, optional: meeting.optional.map { e.partners[$0].id },
            uid: Schedule.uid(meeting: id, instanceName: e.instance.name), sequence: 0)
    }

    static func schedule(_ e: ExpandedInstance, _ assignments: [Assignment], objective: Int = 0) -> Schedule {
        Schedule(
            instance: e.instance.name, status: .feasible, objective: objective, bound: nil, assignments: assignments)
    }

    /// The valid schedule of `instance()`, objective 0: copil Tuesday 7 June
    /// morning in salle-conseil, atelier that afternoon and evening in mairie,
    /// visio Wednesday 8 June morning.
    static func base(_ e: ExpandedInstance, objective: Int = 0) -> Schedule {
        schedule(e, baseAssignments(e), objective: objective)
    }

    static func baseAssignments(_ e: ExpandedInstance) -> [Assignment] {
        [
            place(e, "copil", "2022-06-07", "morning", room: "salle-conseil"),
            place(e, "atelier", "2022-06-07", "afternoon", room: "mairie"),
            place(e, "visio", "2022-06-08", "morning"),
        ]
    }
}

extension Schedule {
    /// A copy with the assignment of `meeting` changed.
    func editing(_ meeting: String, _ edit: (inout Assignment) -> Void) -> Schedule {
        var copy = self
        let index = copy.assignments.firstIndex { $0.meeting == meeting }!
        edit(&copy.assignments[index])
        return copy
    }

    /// A copy with the assignment of `assignment.meeting` replaced.
    func replacing(_ assignment: Assignment) -> Schedule { editing(assignment.meeting) { $0 = assignment } }
}

extension ValidationReport {
    var constraints: Set<Int> { Set(violations.map(\.constraint)) }
}

/// The report has violations, all of constraint `number`.
func expectOnly(
    _ number: Int, _ report: ValidationReport, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(!report.violations.isEmpty, "expected a violation of \(number)", sourceLocation: sourceLocation)
    #expect(report.constraints == [number], "\(report.violations)", sourceLocation: sourceLocation)
    #expect(!report.isValid, sourceLocation: sourceLocation)
}
