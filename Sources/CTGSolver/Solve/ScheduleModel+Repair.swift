import CTGCore
package import MIP

extension ScheduleModel {
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
