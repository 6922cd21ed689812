import Foundation
import Testing

@testable import CTGCore
@testable import CTGSolver

/// `Replanner.replan` called directly, on a week whose first schedule is
/// known by hand, so that each expectation below is computed, not observed.
///
/// Every meeting prefers the am slot and room r1 (5 per miss, default
/// weights), so the first schedule costs 0 and is unique except for `m2`,
/// which may sit on Wednesday or Thursday; the tests read which.
/// - `m1` (a): Monday am, r1 — it starts before `now`, so it is frozen.
/// - `m2` (b): Wednesday or Thursday am, r1 — its window.
/// - `m3` (c): Friday am, r1.
@Suite struct ReplannerTests {
    static let yaml = week(
        meetings: """
              - {id: m1, title: M1, attendees: {required: [a]}, prefer: {days: [mon], slots: [am], rooms: [r1]}}
              - {id: m2, title: M2, attendees: {required: [b]}, window: {from: 2023-01-04, to: 2023-01-05},
                 prefer: {slots: [am], rooms: [r1]}}
              - {id: m3, title: M3, attendees: {required: [c]}, prefer: {days: [fri], slots: [am], rooms: [r1]}}
            """)
    /// Tuesday 08:00 in Paris: after `m1`, before the others.
    static let now = ISO8601Instant.parse("2023-01-03T08:00:00+01:00")!

    let instance: Instance
    let first: Schedule

    init() throws {
        instance = try InstanceLoader.parse(Self.yaml, file: "test.yaml")
        let (summary, _) = try solveOptimal(Self.yaml)
        first = summary.schedule
        #expect(first.objective == 0)
    }

    func replan(
        _ edits: [(kind: String, value: String)], previous: Schedule? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Replanner.Result {
        var options = Planner.Options()
        options.timeLimit = 30
        let request = Replanner.Request(
            instance: instance, previous: previous ?? first, now: Self.now,
            edits: try edits.map { try ReplanEdit(kind: $0.kind, value: $0.value) }, options: options)
        guard case .solved(let result) = try Replanner.replan(request) else {
            Issue.record("the re-plan found no schedule", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        #expect(result.schedule.status == .optimal, sourceLocation: sourceLocation)
        return result
    }

    /// The meetings whose sequence went up, with their new sequence.
    func bumped(_ schedule: Schedule, from previous: Schedule) -> [String: Int] {
        var bumped: [String: Int] = [:]
        for after in schedule.assignments {
            let before = previous.assignments.first { $0.meeting == after.meeting }
            if after.sequence != before?.sequence ?? -1 { bumped[after.meeting] = after.sequence }
        }
        return bumped
    }

    func assignment(_ meeting: String, in schedule: Schedule) throws -> Assignment {
        try #require(schedule.assignments.first { $0.meeting == meeting })
    }

    @Test func theFirstScheduleIsTheOneComputedByHand() throws {
        let m1 = try assignment("m1", in: first)
        #expect((m1.date.description, m1.slot, m1.room) == ("2023-01-02", "am", "r1"))
        let m2 = try assignment("m2", in: first)
        #expect(["2023-01-04", "2023-01-05"].contains(m2.date.description))
        #expect((m2.slot, m2.room) == ("am", "r1"))
        let m3 = try assignment("m3", in: first)
        #expect((m3.date.description, m3.slot, m3.room) == ("2023-01-06", "am", "r1"))
        #expect(first.assignments.allSatisfy { $0.sequence == 0 })
    }

    @Test func aStartedMeetingStaysWhereItWasEvenWhenTheEditForbidsIt() throws {
        let result = try replan([("unavailable", "a@2023-01-02")])
        let before = try assignment("m1", in: first)
        let after = try assignment("m1", in: result.schedule)
        #expect(after == before)
        #expect(result.changes.frozenNowInvalid == ["m1"])
        #expect(result.changes.moved.isEmpty && result.changes.roomChanged.isEmpty)
        #expect(bumped(result.schedule, from: first).isEmpty)
        #expect(result.schedule.objective == 0)
    }

    @Test func aPartnerUnavailableOnOneDateMovesExactlyItsMeeting() throws {
        let m2 = try assignment("m2", in: first)
        let result = try replan([("unavailable", "b@\(m2.date)")])
        // The other day of its window, same slot and room: only the move is paid.
        #expect(result.changes.moved.map(\.meeting) == ["m2"])
        #expect(result.changes.roomChanged.isEmpty && result.changes.cancelled.isEmpty)
        #expect(result.schedule.objective == first.objective + instance.weights.moved)
        let moved = try assignment("m2", in: result.schedule)
        #expect(moved.date != m2.date)
        #expect((moved.slot, moved.room) == ("am", "r1"))
        #expect(bumped(result.schedule, from: first) == ["m2": 1])
        for before in first.assignments where before.meeting != "m2" {
            #expect(try assignment(before.meeting, in: result.schedule) == before)
        }
        #expect(result.schedule.assignments.map(\.uid).sorted() == first.assignments.map(\.uid).sorted())
    }

    @Test func aClosedRoomChangesTheRoomRatherThanTheTime() throws {
        let result = try replan([("room-closed", "r1@2023-01-06")])
        // Friday am in r2 costs room_changed 20 + the missed room preference 5;
        // any move costs 100 at least.
        #expect(result.schedule.objective == instance.weights.roomChanged + instance.weights.meetingPreference)
        #expect(result.changes.roomChanged.map(\.meeting) == ["m3"])
        #expect(result.changes.moved.isEmpty)
        let m3 = try assignment("m3", in: result.schedule)
        #expect((m3.date.description, m3.slot, m3.room) == ("2023-01-06", "am", "r2"))
        #expect(m3.uid == (try assignment("m3", in: first)).uid)
        #expect(bumped(result.schedule, from: first) == ["m3": 1])
    }

    @Test func aCancelledMeetingIsListedWithItsSequenceBumped() throws {
        let result = try replan([("cancel", "m3")])
        let before = try assignment("m3", in: first)
        #expect(!result.schedule.assignments.contains { $0.meeting == "m3" })
        let cancelled = try #require(result.schedule.cancelled.first { $0.meeting == "m3" })
        #expect(result.schedule.cancelled.count == 1)
        #expect(cancelled.uid == before.uid)
        #expect(cancelled.sequence == before.sequence + 1)
        #expect((cancelled.start, cancelled.end, cancelled.room) == (before.start, before.end, before.room))
        #expect(result.changes.cancelled.map(\.meeting) == ["m3"])
        #expect(bumped(result.schedule, from: first).isEmpty)
        #expect(result.schedule.objective == 0)
        #expect(result.schedule.changes.map(\.kind) == ["cancel"])
    }

    @Test func aSecondReplanCarriesTheCancellationAndAccumulatesTheChanges() throws {
        let once = try replan([("cancel", "m3")])
        let m2 = try assignment("m2", in: first)
        let twice = try replan([("unavailable", "b@\(m2.date)")], previous: once.schedule)
        // The earlier cancellation is applied again and listed as it was.
        #expect(twice.schedule.cancelled == once.schedule.cancelled)
        #expect(twice.changes.cancelled.isEmpty)
        #expect(!twice.schedule.assignments.contains { $0.meeting == "m3" })
        #expect(twice.changes.moved.map(\.meeting) == ["m2"])
        #expect(twice.schedule.objective == once.schedule.objective + instance.weights.moved)
        #expect(bumped(twice.schedule, from: once.schedule) == ["m2": 1])
        #expect(twice.schedule.changes.map(\.kind) == ["cancel", "unavailable"])
        #expect(twice.schedule.changes.map(\.value) == ["m3", "b@\(m2.date)"])
        #expect(Set(twice.schedule.changes.map(\.at)) == ["2023-01-03T08:00:00+01:00"])
    }
}
