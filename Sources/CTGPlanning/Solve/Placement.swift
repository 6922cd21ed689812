import MIP

/// Where one meeting is: its start (grid time) and room (nil when online).
public struct Placement: Sendable, Equatable {
    public var meeting: Int
    public var start: Int
    public var room: Int?
    public init(meeting: Int, start: Int, room: Int?) {
        self.meeting = meeting
        self.start = start
        self.room = room
    }
}

extension ScheduleModel {
    /// Reads the placements of a MIP solution (values above ½ are ones).
    func placements(from values: [Double], instance: ExpandedInstance) -> [Placement] {
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

    /// The column values that encode `placements`, for a starting incumbent;
    /// nil when a placement is not among the model's candidates.
    func columnValues(for placements: [Placement], instance: ExpandedInstance) -> [Double]? {
        var values = [Double](repeating: 0, count: model.variableCount)
        for placement in placements {
            let meeting = instance.meetings[placement.meeting]
            guard let c = meeting.candidates.firstIndex(where: { $0.start == placement.start }) else { return nil }
            values[start[placement.meeting][c].index] = 1
            let candidate = meeting.candidates[c]
            if candidate.rooms.count > 1 {
                guard let r = placement.room, let i = candidate.rooms.firstIndex(of: r) else { return nil }
                values[room[placement.meeting][c][i].index] = 1
            } else if placement.room != candidate.rooms.first {
                return nil
            }
        }
        return model.completingContinuousColumns(values)
    }
}

extension Model {
    /// Sets every continuous column to the smallest value its rows allow
    /// given the other columns: the auxiliary columns of our model (absences,
    /// deviations, phase boundaries) are all pushed down by the objective or
    /// only bounded from below, so this completes a placement into a solution.
    func completingContinuousColumns(_ values: [Double]) -> [Double] {
        var values = values
        var lower = variables.map { $0.lowerBound ?? 0 }
        for row in constraints {
            let continuous = row.terms.filter { variables[$0.variable.index].kind == .continuous }
            guard continuous.count == 1, let aux = continuous.first else { continue }
            let known = row.terms.filter { $0.variable != aux.variable }.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            // a·v + known ≤ upper with a < 0 gives v ≥ (known − upper) / −a; ≥ rows mirror it.
            switch row.bound {
            case .lessOrEqual(let upper) where aux.coefficient < 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (known - upper) / -aux.coefficient)
            case .greaterOrEqual(let bound) where aux.coefficient > 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (bound - known) / aux.coefficient)
            default: break
            }
        }
        for (index, variable) in variables.enumerated() where variable.kind == .continuous {
            values[index] = lower[index]
        }
        return values
    }
}
