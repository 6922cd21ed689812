import ArgumentParser
import CTGCore
import CTGExplain
import CTGSolver
import CTGValidation

/// What solve and replan do with the planner's answer: a schedule goes on
/// only once the validator accepts it; no schedule ends the run with its
/// documented exit code.
enum SolverAnswer {
    /// Turns an outcome into a validated summary, or exits with the documented code.
    static func finish(
        _ outcome: Planner.Outcome, instance: ExpandedInstance, limits: SolveLimits, texts: Texts,
        printer: ProgressPrinter?
    ) throws -> SolveSummary {
        switch outcome {
        case .infeasible: throw infeasible(instance, texts: texts, printer: printer)
        case .timeLimit: throw timeLimit(limits, texts: texts, printer: printer)
        case .solved(let summary): return try validated(summary, instance: instance, texts: texts, printer: printer)
        }
    }

    /// Prints why no schedule exists; exit code 1.
    static func infeasible(_ instance: ExpandedInstance, texts: Texts, printer: ProgressPrinter?) -> ExitCode {
        printer?.stop()
        Console.out([texts(.infeasible)])
        Console.out(Explanation.lines(for: instance, texts: texts))
        return ExitCode(1)
    }

    /// The time limit ran out with no schedule; exit code 3.
    static func timeLimit(_ limits: SolveLimits, texts: Texts, printer: ProgressPrinter?) -> ExitCode {
        printer?.stop()
        Console.error(texts(.timeLimitNoSolution, texts.decimal(limits.timeLimit)))
        return ExitCode(3)
    }

    /// Every schedule the tool writes passes the independent validator
    /// first; a failure there is the tool's fault (exit code 4).
    static func validated(
        _ summary: SolveSummary, instance: ExpandedInstance, texts: Texts, printer: ProgressPrinter?,
        replan: ReplanRules? = nil
    ) throws -> SolveSummary {
        printer?.say(.phaseValidating)
        let report = ScheduleValidator.validate(summary.schedule, against: instance, replan: replan)
        guard report.isValid else {
            printer?.stop()
            Console.error(report.invalidLines(texts: texts, headline: texts(.solverScheduleInvalid)))
            throw ExitCode(4)
        }
        return summary
    }
}
