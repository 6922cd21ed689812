import CTGCore
import Foundation

/// The previous schedule of `replan` and `validate --previous` is an input:
/// re-planning copies from it where frozen meetings took place, their
/// uids and sequences, so a file from another instance or edited by hand
/// into contradictions would give a re-plan that the validator then rejects
/// (exit 4). Each contradiction is reported instead as an input error
/// (exit 2) with the file, line and field, all at once.
///
/// What the instance may have changed since is no contradiction for a
/// meeting that has not started: a meeting, slot or room it no longer has
/// was removed, and re-planning handles that (a removed meeting is
/// cancelled, a removed slot counts as moved). A meeting that started before
/// `now` is kept exactly where it took place, so its slot, date, room and
/// site must still be the instance's and its times those of its slots.
package enum PreviousScheduleChecks {
    package static func check(_ previous: Schedule, against instance: Instance, now: Date) throws {
        let source = previous.source
        var problems: [Diagnostic] = []
        func problem(_ path: String, _ message: String) { problems.append(source.diagnostic(path, message)) }
        func place(_ path: String) -> String { "\(path) (line \(source.location(of: path).line))" }

        if previous.instance != instance.name {
            problem(
                "instance",
                "the previous schedule is of instance \"\(previous.instance)\", this instance is \"\(instance.name)\"; re-plan from a schedule of this instance"
            )
        }
        let grid = TimeGrid(instance)
        let current = Set(instance.meetings.flatMap(\.sessionIDs))
        var meetings: [String: String] = [:]
        var uids: [String: String] = [:]
        /// One uid, one meeting, over assignments and cancellations alike.
        func claim(uid: String, at: String) {
            if let first = uids[uid] {
                problem("\(at).uid", "uid \"\(uid)\" is also the uid at \(place(first)); each meeting has its own")
            } else {
                uids[uid] = "\(at).uid"
            }
        }
        for (index, assignment) in previous.assignments.enumerated() {
            let at = "assignments[\(index)]"
            if let first = meetings[assignment.meeting] {
                problem("\(at).meeting", "meeting \"\(assignment.meeting)\" is also assigned at \(place(first))")
            } else {
                meetings[assignment.meeting] = "\(at).meeting"
            }
            claim(uid: assignment.uid, at: at)
            problems += times(of: assignment, at: at, grid: grid, source: source)
            // One that took place and is gone from the instance is dropped, wherever it was.
            if let start = ISO8601Instant.parse(assignment.start), start < now, current.contains(assignment.meeting) {
                problems += tookPlace(assignment, at: at, instance: instance, grid: grid, source: source)
            }
        }
        var cancelled: [String: String] = [:]
        for (index, cancellation) in previous.cancelled.enumerated() {
            let at = "cancelled[\(index)]"
            if let first = cancelled[cancellation.meeting] ?? meetings[cancellation.meeting] {
                problem(
                    "\(at).meeting",
                    "meeting \"\(cancellation.meeting)\" is cancelled here and listed at \(place(first)) too")
            } else {
                cancelled[cancellation.meeting] = "\(at).meeting"
            }
            claim(uid: cancellation.uid, at: at)
        }
        if !problems.isEmpty { throw InputError(problems) }
    }

    /// Date, slots, start and end of one assignment must tell the same
    /// place: a frozen meeting is copied field by field, and each is checked
    /// against the others in the new schedule.
    private static func times(of assignment: Assignment, at: String, grid: TimeGrid, source: ScheduleSource)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        func problem(_ field: String, _ message: String) { found.append(source.diagnostic("\(at).\(field)", message)) }
        let slots = "[" + assignment.slots.joined(separator: ", ") + "]"
        if assignment.slots.first != assignment.slot {
            problem("slots", "slots are \(slots), which must start with the start slot \(assignment.slot)")
        } else {
            let indices = assignment.slots.map(grid.slotIndex)
            if !indices.contains(nil), let first = indices.first!,
                indices.map({ $0! }) != Array(first..<(first + indices.count))
            {
                problem("slots", "slots are \(slots), which are not consecutive slots of the calendar")
            }
        }
        guard let start = ISO8601Instant.parse(assignment.start), let end = ISO8601Instant.parse(assignment.end)
        else { return found }
        if LocalDate(String(assignment.start.prefix(10))) != assignment.date {
            problem("date", "date is \(assignment.date) but start is \(assignment.start)")
        }
        if end <= start { problem("end", "end \(assignment.end) is not after start \(assignment.start)") }
        return found
    }

    /// A meeting that took place is copied as it is into the new schedule,
    /// which must still be one of the instance: its place is checked as the
    /// validator will check it.
    private static func tookPlace(
        _ assignment: Assignment, at: String, instance: Instance, grid: TimeGrid, source: ScheduleSource
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func problem(_ field: String, _ message: String) {
            found.append(
                source.diagnostic(
                    "\(at).\(field)",
                    "\(assignment.meeting) took place (it started before --now) and is kept as it was, but \(message)"))
        }
        let known = grid.slots.map(\.id).joined(separator: ", ")
        if grid.dayIndex(of: assignment.date) == nil {
            problem("date", "\(assignment.date) is outside the horizon \(instance.horizon) of the instance")
        }
        if let unknown = assignment.slots.first(where: { grid.slotIndex(of: $0) == nil }) {
            problem(
                "slots",
                "the calendar has no slot \(unknown) (\(known)); keep the slot in the calendar while meetings that took place use it"
            )
        } else if let first = grid.slotIndex(of: assignment.slot),
            let last = assignment.slots.last.flatMap(grid.slotIndex)
        {
            let start = grid.isoString(grid.instant(assignment.date, grid.slots[first].start))
            let end = grid.isoString(grid.instant(assignment.date, grid.slots[last].end))
            if ISO8601Instant.parse(assignment.start) != ISO8601Instant.parse(start) {
                problem("start", "start is \(assignment.start) and slot \(assignment.slot) starts at \(start)")
            }
            if ISO8601Instant.parse(assignment.end) != ISO8601Instant.parse(end) {
                problem("end", "end is \(assignment.end) and slot \(assignment.slots.last!) ends at \(end)")
            }
        }
        if let id = assignment.room {
            if let room = instance.rooms.first(where: { $0.id == id }) {
                if assignment.site != room.site {
                    problem("site", "site is \(assignment.site ?? "null") and room \(id) is at \(room.site)")
                }
            } else {
                problem(
                    "room",
                    "the instance has no room \(id); keep the room in the instance (closed if need be) while meetings that took place use it"
                )
            }
        } else if let site = assignment.site {
            problem("site", "site is \(site) but there is no room")
        }
        return found
    }
}
