import CTGCore

/// Checks a schedule against an instance, independently of the solver.
///
/// It re-derives every rule from the format (hard constraints 1–9, the
/// objective table, the re-planning rules) and checks the schedule as
/// written, without the model builder or the candidate lists, so that a
/// schedule from this tool, another solver or a person can be trusted or
/// refuted on the same terms. It lists every violation, not the first.
///
/// ```swift
/// let report = ScheduleValidator.validate(schedule, against: expanded)
/// if !report.isValid { report.violations.forEach { print($0) } }
/// ```
public enum ScheduleValidator {
    /// With `replan`, `schedule` is judged as a re-plan of `replan.previous`
    /// made at `replan.now`: frozen meetings, `moved`/`room_changed`, uids,
    /// sequences and cancellations follow the format's re-planning rules.
    public static func validate(
        _ schedule: Schedule, against instance: ExpandedInstance, replan: ReplanRules? = nil
    ) -> ValidationReport {
        let replanChecks = replan.map { ReplanChecks(rules: $0, instance: instance) }
        let layout = ScheduleLayout(schedule, instance: instance, frozen: replanChecks?.frozen ?? [:])
        var violations = layout.violations
        violations += FileChecks(schedule: schedule, layout: layout, replanning: replan != nil).violations()
        violations += HardConstraintChecks(layout: layout).violations()
        violations += replanChecks?.violations(schedule, layout) ?? []
        let recount = ObjectiveRecount(layout: layout, replan: replanChecks)
        // By constraint number, in the order found within one (stable).
        let ordered = violations.enumerated().sorted {
            ($0.element.constraint, $0.offset) < ($1.element.constraint, $1.offset)
        }
        return ValidationReport(
            violations: ordered.map(\.element), objective: recount.objective,
            breakdown: recount.breakdown, reportedObjective: schedule.objective)
    }
}
