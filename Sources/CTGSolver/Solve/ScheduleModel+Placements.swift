import CTGCore
package import MIP

extension ScheduleModel {
    /// Reads the placements of a MIP solution (values above ½ are ones).
    package func placements(from values: [Double], instance: ExpandedInstance) -> [Placement] {
        instance.meetings.map { meeting in
            let m = meeting.index
            let c = start[m].indices.max { values[start[m][$0].index] < values[start[m][$1].index] }!
            let candidate = meeting.candidates[c]
            var chosen = candidate.rooms.first
            if candidate.rooms.count > 1 {
                let columns = room[m][c]
                chosen = candidate.rooms[columns.indices.max { values[columns[$0].index] < values[columns[$1].index] }!]
            }
            return Placement(meeting: m, start: candidate.start, room: chosen)
        }
    }

    /// Sets the columns of one placement; false when it is not a candidate.
    package func set(_ placement: Placement, in values: inout [Double], instance: ExpandedInstance) -> Bool {
        let meeting = instance.meetings[placement.meeting]
        guard let c = meeting.candidates.firstIndex(where: { $0.start == placement.start }) else { return false }
        let candidate = meeting.candidates[c]
        if candidate.rooms.count > 1 {
            guard let r = placement.room, let i = candidate.rooms.firstIndex(of: r) else { return false }
            values[room[placement.meeting][c][i].index] = 1
        } else if placement.room != candidate.rooms.first {
            return false
        }
        values[start[placement.meeting][c].index] = 1
        return true
    }
}
