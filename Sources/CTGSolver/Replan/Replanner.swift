import CTGCore
import CTGValidation
import Foundation

/// Re-planning per the format's "Re-planning inputs": meetings that started
/// before `now` are frozen where they took place; the others may move at the
/// `moved` and `room_changed` costs, so the optimum changes as little as
/// possible; uids are kept and sequences bumped exactly where a meeting changed.
package enum Replanner {
    package struct Request: Sendable {
        package var instance: Instance
        package var previous: Schedule
        package var now: Date
        /// Edits given on the command line for this run (earlier ones come from `previous.changes`).
        package var edits: [ReplanEdit]
        package var options: Planner.Options

        package init(instance: Instance, previous: Schedule, now: Date, edits: [ReplanEdit], options: Planner.Options) {
            self.instance = instance
            self.previous = previous
            self.now = now
            self.edits = edits
            self.options = options
        }
    }

    package struct Result: Sendable {
        package var schedule: Schedule
        package var summary: SolveSummary
        /// The expanded instance the schedule was made for (frozen meetings pinned).
        package var instance: ExpandedInstance
        package var changes: ScheduleChanges
        package var warmStartUsed: Bool
    }

    package enum Outcome: Sendable {
        case solved(Result)
        case infeasible(ExpandedInstance)
        case timeLimit(ModelSize)
    }

    package static func replan(_ request: Request) throws -> Outcome {
        let previous = request.previous
        try PreviousScheduleChecks.check(previous, against: request.instance, now: request.now)
        let stamp = TimeGrid(request.instance).isoString(request.now)
        let earlier = try ReplanEdit.recorded(in: previous.changes)
        let (edited, requestedCancellations) = try request.instance.applying(
            earlier + request.edits.map(ReplanEdit.Given.init))

        let previousByID = Dictionary(previous.assignments.map { ($0.meeting, $0) }, uniquingKeysWith: { a, _ in a })
        let started = Set(
            previous.assignments.filter { (ISO8601Instant.parse($0.start) ?? .distantFuture) < request.now }.map(
                \.meeting))
        try refuseCancellingThePast(request.edits, instance: request.instance, started: started)
        // What took place stays, even in a series cancelled part-way.
        let cancelledIDs = requestedCancellations.subtracting(started)
        let current = Set(edited.meetings.flatMap(\.sessionIDs)).subtracting(cancelledIDs)
        let frozenIDs = started.intersection(current)
        // The checks above leave every frozen meeting in the grid.
        let grid = TimeGrid(edited)
        var expanded = try ExpandedInstance(
            edited, busy: try BusyCalendars.resolve(edited), excluding: cancelledIDs, exempt: frozenIDs)

        var context = ReplanContext(previous: [:], frozen: [])
        var warmStart: [Int: Placement] = [:]
        var frozenNowInvalid: [String] = []
        for meeting in expanded.meetings {
            guard let before = previousByID[meeting.id] else { continue }
            let start = grid.dayIndex(of: before.date).flatMap { day in
                grid.slotIndex(of: before.slot).map { grid.time(day: day, slot: $0) }
            }
            let room = before.room.flatMap { expanded.roomIndex[$0] }
            context.previous[meeting.index] = ReplanContext.Previous(start: start, room: room, roomID: before.room)
            if let start { warmStart[meeting.index] = Placement(meeting: meeting.index, start: start, room: room) }
            guard frozenIDs.contains(meeting.id), let start else { continue }
            context.frozen.insert(meeting.index)
            let stillAllowed = meeting.candidates.contains {
                $0.start == start && (room == nil || $0.rooms.contains(room!))
            }
            if !stillAllowed { frozenNowInvalid.append(meeting.id) }
            expanded.pin(meeting.index, start: start, room: room)
        }

        let outcome = try Planner.solve(expanded, options: request.options, replan: context, warmStart: warmStart)
        guard case .solved(var summary) = outcome else {
            if case .timeLimit(let size) = outcome { return .timeLimit(size) }
            return .infeasible(expanded)
        }
        let solved = summary.schedule
        let (schedule, changes) = makeSchedule(
            solved, previous: previous, started: started, stamp: stamp,
            edits: request.edits,
            frozenNowInvalid: frozenNowInvalid)
        summary.schedule = schedule
        if keptAsTookPlace(schedule, differsFrom: solved) {
            summary.recountObjective(against: expanded, previous: previous, now: request.now)
        }
        return .solved(
            Result(
                schedule: schedule, summary: summary, instance: expanded, changes: changes,
                warmStartUsed: summary.warmStartAccepted))
    }

    /// The new schedule with the previous one's identities: uid kept, sequence
    /// bumped where start, end, room or status changed, cancellations listed
    /// and carried over, frozen (started) meetings exactly as they took place.
    static func makeSchedule(
        _ solved: Schedule, previous: Schedule, started: Set<String>, stamp: String,
        edits: [ReplanEdit], frozenNowInvalid: [String]
    ) -> (Schedule, ScheduleChanges) {
        let previousByID = Dictionary(previous.assignments.map { ($0.meeting, $0) }, uniquingKeysWith: { a, _ in a })
        let previouslyCancelled = Dictionary(
            previous.cancelled.map { ($0.meeting, $0) }, uniquingKeysWith: { a, _ in a })
        var schedule = solved
        var changes = ScheduleChanges(frozenNowInvalid: frozenNowInvalid)
        var assignments: [Assignment] = []
        for var assignment in solved.assignments {
            if let before = previousByID[assignment.meeting] {
                if started.contains(assignment.meeting) {
                    assignment.date = before.date
                    assignment.slot = before.slot
                    assignment.slots = before.slots
                    assignment.start = before.start
                    assignment.end = before.end
                    assignment.room = before.room
                    assignment.site = before.site
                }
                assignment.uid = before.uid
                let timeChanged = before.start != assignment.start || before.end != assignment.end
                let roomChanged = before.room != assignment.room
                assignment.sequence = before.sequence + (timeChanged || roomChanged ? 1 : 0)
                if before.date != assignment.date || before.slot != assignment.slot {
                    changes.moved.append((assignment.meeting, before, assignment))
                } else if roomChanged {
                    changes.roomChanged.append((assignment.meeting, before, assignment))
                }
            } else {
                if let cancelled = previouslyCancelled[assignment.meeting] {
                    assignment.uid = cancelled.uid
                    assignment.sequence = cancelled.sequence + 1
                }
                changes.added.append(assignment.meeting)
            }
            assignments.append(assignment)
        }
        schedule.assignments = assignments.sorted { ($0.start, $0.meeting) < ($1.start, $1.meeting) }

        let scheduled = Set(assignments.map(\.meeting))
        var cancelled = previous.cancelled.filter { !scheduled.contains($0.meeting) }
        // Gone and not yet started: cancelled; gone but started: dropped (it took place).
        for before in previous.assignments
        where !scheduled.contains(before.meeting) && !started.contains(before.meeting) {
            let cancellation = Cancellation(
                meeting: before.meeting, uid: before.uid, sequence: before.sequence + 1, title: before.title,
                start: before.start,
                end: before.end, attendees: before.required + before.optional, room: before.room)
            cancelled.append(cancellation)
            changes.cancelled.append(cancellation)
        }
        schedule.cancelled = cancelled
        schedule.changes = previous.changes + edits.map { ChangeRecord(kind: $0.kind, value: $0.value, at: stamp) }
        return (schedule, changes)
    }
}
