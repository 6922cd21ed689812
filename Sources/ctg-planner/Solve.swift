import ArgumentParser
import Foundation
import CTGCore
import CTGValidation
import CTGSolver
import CTGExplain
import CTGOutput

extension CTGPlanner {
    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place every meeting on a date, a slot and a room; write schedule.json and calendar.ics.",
            discussion: """
                The schedule minimises the soft-constraint penalties of the instance and is
                checked by the independent validator before anything is written. Files are
                written atomically: a failing run leaves earlier files untouched.

                Example: ctg-planner solve instances/ctg-2022-2023.yaml --feeds feeds/ --report plan.html
                """)

        @Argument(help: "The instance file (YAML or JSON).")
        var instance: String

        @OptionGroup var outputs: OutputOptions
        @OptionGroup var limits: SolveLimits
        @OptionGroup var language: LanguageOption

        func run() throws {
            let texts = language.texts
            let expanded = try InstanceFile.load(instance)
            let printer = limits.quiet ? nil : ProgressPrinter(texts: texts)
            defer { printer?.stop() }
            let outcome = try Planner.solve(expanded, options: limits.plannerOptions(printer))
            let summary = try SolveRun.finish(
                outcome, instance: expanded, limits: limits, texts: texts, printer: printer)
            printer?.say(.phaseWriting)
            let written = try outputs.write(summary.schedule, instance: expanded, texts: texts, summary: summary)
            printer?.stop()
            Console.out(ScheduleText.summaryLines(summary, instance: expanded, texts: texts))
            Console.out([""] + ScheduleText.meetingLines(summary.schedule, instance: expanded, texts: texts) + [""])
            Console.out(written.map { texts(.wrote, $0) })
        }
    }
}

/// What solve and replan share once the solver has answered.
enum SolveRun {
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
            Console.error(texts(.solverScheduleInvalid))
            Console.error(report.violations.map { "  \($0)" }.joined(separator: "\n"))
            if !report.objectiveMatches {
                Console.error("  " + texts(.validObjective, report.reportedObjective, report.objective))
            }
            throw ExitCode(4)
        }
        return summary
    }
}

extension SolveLimits {
    func plannerOptions(_ printer: ProgressPrinter?) -> Planner.Options {
        var options = Planner.Options()
        options.timeLimit = timeLimit
        options.gap = gap
        if let printer { options.progress = { printer.report($0) } }
        if verbose { options.log = { Console.error($0) } }
        return options
    }
}
