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

    /// Sets the columns of one placement; false when it is not a candidate.
    func set(_ placement: Placement, in values: inout [Double], instance: ExpandedInstance) -> Bool {
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

    /// A full feasible solution from a partial one: meetings whose placement
    /// is missing or no longer a candidate are put, one by one, at the first
    /// candidate that keeps every row satisfied. Nil when that greedy repair
    /// fails; the solver then starts from scratch.
    func repairedColumnValues(from placements: [Int: Placement], instance: ExpandedInstance) -> [Double]? {
        var values = [Double](repeating: 0, count: model.variableCount)
        var broken: [Int] = []
        for meeting in instance.meetings {
            if let placement = placements[meeting.index], set(placement, in: &values, instance: instance) { continue }
            broken.append(meeting.index)
        }
        for m in broken {
            let meeting = instance.meetings[m]
            let options = meeting.candidates.flatMap { candidate in
                candidate.rooms.isEmpty
                    ? [Placement(meeting: m, start: candidate.start, room: nil)]
                    : candidate.rooms.map { Placement(meeting: m, start: candidate.start, room: $0) }
            }
            let fits = options.first { option in
                var trial = values
                _ = set(option, in: &trial, instance: instance)
                return packingRowsHold(trial)
            }
            guard let fits else { return nil }
            _ = set(fits, in: &values, instance: instance)
        }
        let completed = model.completingContinuousColumns(values)
        return model.violatedConstraint(at: completed) == nil ? completed : nil
    }

    /// Whether the packing rows (clashes, loads, rooms, sites: ≤ rows with
    /// non-negative coefficients) hold: those are the rows that meetings not
    /// placed yet can only relax, so they can be judged on a partial solution.
    /// Orders are judged once everything is placed.
    private func packingRowsHold(_ values: [Double]) -> Bool {
        for constraint in model.constraints {
            guard case .lessOrEqual(let upper) = constraint.bound, constraint.terms.allSatisfy({ $0.coefficient >= 0 })
            else { continue }
            let activity = constraint.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            if activity > upper + 1e-6 { return false }
        }
        return true
    }
}

extension Model {
    /// Completes a vector whose binary columns are set: continuous columns
    /// defined by an equality (the started-by-day chains) take the value it
    /// gives, in row order; the others (absences, deviations, phase
    /// boundaries) take the smallest value their rows allow, which is what
    /// the objective or their role asks for.
    func completingContinuousColumns(_ values: [Double]) -> [Double] {
        var values = values
        var defined = variables.map { $0.kind != .continuous }
        var lower = variables.map { $0.lowerBound ?? 0 }
        for row in constraints {
            let open = row.terms.filter { !defined[$0.variable.index] }
            guard open.count == 1, let aux = open.first else { continue }
            let known = row.terms.filter { $0.variable != aux.variable }.reduce(0) {
                $0 + $1.coefficient * values[$1.variable.index]
            }
            switch row.bound {
            case .equal(let value):
                values[aux.variable.index] = (value - known) / aux.coefficient
                defined[aux.variable.index] = true
            case .lessOrEqual(let upper) where aux.coefficient < 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (known - upper) / -aux.coefficient)
            case .greaterOrEqual(let bound) where aux.coefficient > 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (bound - known) / aux.coefficient)
            default: break
            }
        }
        for index in variables.indices where !defined[index] { values[index] = lower[index] }
        return values
    }
}
