import CTGCore
import CTGValidation
import Foundation

extension Replanner {
    /// Whether a meeting that took place was written as it took place rather
    /// than where the model put it: its slots, times or room as recorded can
    /// differ from its one candidate once the instance was edited (a duration
    /// changed afterwards), and the model then priced a placement that is not
    /// the one written.
    static func keptAsTookPlace(_ schedule: Schedule, differsFrom solved: Schedule) -> Bool {
        let solvedByID = Dictionary(solved.assignments.map { ($0.meeting, $0) }, uniquingKeysWith: { a, _ in a })
        return schedule.assignments.contains { written in
            guard let placed = solvedByID[written.meeting] else { return false }
            return written.slots != placed.slots || written.start != placed.start || written.end != placed.end
                || written.room != placed.room
        }
    }
}

extension SolveSummary {
    /// The objective of the schedule as written, from the validator's recount:
    /// what took place costs what it cost. The model's bound no longer
    /// proves that schedule optimal, so the status becomes feasible.
    mutating func recountObjective(against instance: ExpandedInstance, previous: Schedule, now: Date) {
        let recount = ScheduleValidator.validate(
            schedule, against: instance, replan: ReplanRules(previous: previous, now: now))
        guard recount.objective != schedule.objective else { return }
        schedule.objective = recount.objective
        schedule.bound = schedule.bound.map { min($0, recount.objective) }
        schedule.status = .feasible
        for term in ObjectiveTerm.allCases { breakdown[term] = recount.breakdown[term.rawValue] ?? 0 }
    }
}
