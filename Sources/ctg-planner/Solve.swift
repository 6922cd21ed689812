import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver
import Foundation

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
            let paths = outputs.paths(inputs: OutputPaths.inputs(instance: instance, expanded.instance))
            try paths.check(texts)
            let lock = try OutputLock.take(schedule: outputs.schedule, texts: texts)
            defer { lock.release() }
            let printer = limits.quiet ? nil : ProgressPrinter(texts: texts)
            defer { printer?.stop() }
            let outcome = try Planner.solve(expanded, options: limits.plannerOptions(printer))
            let summary = try SolverAnswer.finish(
                outcome, instance: expanded, limits: limits, texts: texts, printer: printer)
            printer?.say(.phaseWriting)
            let written = try outputs.write(
                summary.schedule, instance: expanded, texts: texts, summary: summary, paths: paths)
            lock.release()
            printer?.stop()
            Console.out(ScheduleText.summaryLines(summary, instance: expanded, texts: texts))
            Console.out([""] + ScheduleText.meetingLines(summary.schedule, instance: expanded, texts: texts) + [""])
            Console.out(written.map { texts(.wrote, $0) })
        }
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
