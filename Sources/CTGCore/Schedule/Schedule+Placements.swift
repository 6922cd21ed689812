extension Schedule {
    /// The schedule that places every meeting as `placements` say, with uids
    /// from the instance and sequence 0 (re-planning adjusts sequences).
    package init(
        placements: [Placement], instance: ExpandedInstance, status: Status, objective: Int, bound: Int?
    ) {
        let grid = instance.grid
        let assignments = placements.sorted { ($0.start, $0.meeting) < ($1.start, $1.meeting) }.map { placement in
            let meeting = instance.meetings[placement.meeting]
            let slot = grid.slot(of: placement.start)
            let interval = grid.interval(start: placement.start, duration: meeting.duration)
            let room = placement.room.map { instance.rooms[$0] }
            return Assignment(
                meeting: meeting.id, title: meeting.title, date: grid.date(of: placement.start),
                slot: grid.slots[slot].id, slots: (slot..<(slot + meeting.duration)).map { grid.slots[$0].id },
                start: grid.isoString(interval.start), end: grid.isoString(interval.end),
                room: room?.id, site: room?.site,
                required: meeting.required.map { instance.partners[$0].id },
                optional: meeting.optional.map { instance.partners[$0].id },
                uid: Schedule.uid(meeting: meeting.id, instanceName: instance.instance.name), sequence: 0)
        }
        self.init(
            instance: instance.instance.name, status: status, objective: objective, bound: bound,
            assignments: assignments)
    }

    /// The placements this schedule describes, for meetings the instance knows
    /// at a (date, slot) of its grid; others are left out.
    package func placements(in instance: ExpandedInstance) -> [String: Placement] {
        var result: [String: Placement] = [:]
        for assignment in assignments {
            guard let m = instance.meetingIndex[assignment.meeting],
                let day = instance.grid.dayIndex(of: assignment.date),
                let slot = instance.grid.slotIndex(of: assignment.slot)
            else { continue }
            result[assignment.meeting] = Placement(
                meeting: m, start: instance.grid.time(day: day, slot: slot),
                room: assignment.room.flatMap { instance.roomIndex[$0] })
        }
        return result
    }
}
