import CTGCore
import CTGValidation

/// The whole instance's objective, which no part model knows.
extension DecomposedSolve {
    /// The objective of a full placement, recounted by the validator (the
    /// part models each count their fixed neighbours' costs too).
    func recount(_ placements: [Int: Placement]) throws -> Int {
        let ordered = instance.meetings.indices.map { placements[$0]! }
        let schedule = Schedule(placements: ordered, instance: instance, status: .feasible, objective: 0, bound: nil)
        return ScheduleValidator.validate(schedule, against: instance).objective
    }

    /// The progress line's incumbent and gap, once every meeting is placed.
    func report(placements: [Int: Placement], bound: Int?) {
        guard let progress = options.progress, placements.count == instance.meetings.count else { return }
        let objective = (try? recount(placements)).map(Double.init)
        progress(
            SolveProgress(
                phase: .searching, elapsed: elapsed, incumbent: objective, bound: bound.map(Double.init),
                gap: objective.flatMap { value in bound.map { (value - Double($0)) / max(1, abs(value)) } }))
    }
}
