import CTGCore

/// What the schedule file says about each meeting besides its place —
/// occupied slots, instants, title, attendees, site, uid — must be what the
/// instance implies, since calendars and feeds are written from these fields
/// and not recomputed. The uid and sequence rules of a re-plan are in
/// `ReplanChecks`; here they are only checked for a first solve.
struct FileChecks {
    package let schedule: Schedule
    package let layout: ScheduleLayout
    let replanning: Bool

    package func violations() -> [Violation] {
        var found = scheduleLevel()
        for m in layout.listed.keys.sorted() {
            found += assignment(layout.listed[m]!, meeting: layout.instance.meetings[m])
        }
        return found
    }

    private func scheduleLevel() -> [Violation] {
        var found: [Violation] = []
        func add(_ message: String, meeting: String? = nil) {
            found.append(Violation(constraint: 0, meeting: meeting, slot: nil, message: message))
        }
        let instance = layout.instance
        if schedule.version != 1 { add("version is \(schedule.version); the only version is 1") }
        if schedule.instance != instance.instance.name {
            add("instance is \"\(schedule.instance)\", the instance's name is \"\(instance.instance.name)\"")
        }
        if let bound = schedule.bound {
            if bound > schedule.objective { add("bound \(bound) is above the objective \(schedule.objective)") }
            if schedule.status == .optimal && bound != schedule.objective {
                add("status is optimal but the bound \(bound) differs from the objective \(schedule.objective)")
            }
        }
        var cancelled: Set<String> = []
        for cancellation in schedule.cancelled {
            if !cancelled.insert(cancellation.meeting).inserted {
                add("is cancelled more than once", meeting: cancellation.meeting)
            }
            if instance.meetingIndex[cancellation.meeting] != nil {
                add(
                    "is cancelled but is a meeting of the instance, which must be scheduled",
                    meeting: cancellation.meeting)
            }
        }
        return found
    }

    private func assignment(_ assignment: Assignment, meeting: Meeting) -> [Violation] {
        var found: [Violation] = []
        let instance = layout.instance
        let grid = instance.grid
        let placement = layout.placements[meeting.index]
        let at = placement.map(layout.slotName)
        func add(_ constraint: Int, _ message: String) {
            found.append(Violation(constraint: constraint, meeting: meeting.id, slot: at, message: message))
        }
        func list(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }

        if let placement {
            let expected = placement.slots.map { grid.slots[$0].id }
            if assignment.slots != expected {
                add(
                    1,
                    "slots are \(list(assignment.slots)); starting at \(assignment.slot) it occupies \(list(expected))")
            }
            let start = grid.isoString(grid.instant(placement.date, grid.slots[placement.start].start))
            let end = grid.isoString(grid.instant(placement.date, grid.slots[placement.slots.upperBound - 1].end))
            if assignment.start != start { add(0, "start is \(assignment.start), the slot starts at \(start)") }
            if assignment.end != end { add(0, "end is \(assignment.end), the last slot ends at \(end)") }
        }
        if assignment.title != meeting.title {
            add(0, "title is \"\(assignment.title)\", the instance says \"\(meeting.title)\"")
        }
        let required = meeting.required.map { instance.partners[$0].id }
        let optional = meeting.optional.map { instance.partners[$0].id }
        if assignment.required != required {
            add(0, "required attendees are \(list(assignment.required)), the instance expands to \(list(required))")
        }
        if assignment.optional != optional {
            add(0, "optional attendees are \(list(assignment.optional)), the instance expands to \(list(optional))")
        }
        switch (assignment.room.flatMap { instance.roomIndex[$0] }, assignment.room) {
        case (let r?, _) where assignment.site != instance.rooms[r].site:
            add(0, "site is \(assignment.site ?? "null"), room \(instance.rooms[r].id) is at \(instance.rooms[r].site)")
        case (nil, nil) where assignment.site != nil:
            add(0, "site is \(assignment.site!) but there is no room")
        default:
            break
        }
        if !replanning {
            let uid = Schedule.uid(meeting: meeting.id, instanceName: instance.instance.name)
            if assignment.uid != uid { add(0, "uid is \(assignment.uid), a first schedule gives \(uid)") }
            if assignment.sequence != 0 { add(0, "sequence is \(assignment.sequence), a first schedule gives 0") }
        }
        return found
    }
}
