import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver
import CTGValidation
import Foundation

extension CTGPlanner {
    struct Replan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-plan after a change: keep what took place, move as little as possible of the rest.",
            discussion: """
                Meetings that started before --now stay where they were, even if the edited
                instance would now forbid them. The others may move, each move costing the
                `moved` weight (100) and each room change `room_changed` (20), so the result is
                the plan with the fewest, cheapest changes. Calendars keep every UID and raise
                SEQUENCE where a meeting changed, so clients update instead of duplicating.

                Example: ctg-planner replan instances/ctg-2022-2023.yaml --previous schedule.json \\
                  --now 2022-11-02T08:00 --unavailable caf@2022-11-15 --feeds feeds/
                """)

        @Argument(help: "The instance file, possibly edited since the previous schedule.")
        var instance: String

        @Option(
            name: .long, help: "The previous schedule (schedule.json). It is replaced only when the re-plan succeeds.")
        var previous: String

        @Option(
            name: .long,
            help:
                "Meetings that started before this time are frozen (ISO 8601; without offset, in the instance's zone; default: now)."
        )
        var now: String?

        @Option(name: .long, help: "PARTNER@DATE[..DATE][/SLOT]: the partner cannot come then (repeatable).")
        var unavailable: [String] = []

        @Option(name: .long, help: "ROOM@DATE[..DATE]: the room is closed then (repeatable).")
        var roomClosed: [String] = []

        @Option(name: .long, help: "MEETING: cancel a meeting, a session ID#k or a whole series (repeatable).")
        var cancel: [String] = []

        @OptionGroup var outputs: OutputOptions
        @OptionGroup var limits: SolveLimits
        @OptionGroup var language: LanguageOption

        func run() throws {
            let texts = language.texts
            let raw = try InstanceLoader.load(path: instance)
            let paths = outputs.paths(
                inputs: OutputPaths.inputs(instance: instance, raw) + [OutputPaths.Entry("--previous", previous)])
            try paths.check(texts)
            let lock = try OutputLock.take(schedule: outputs.schedule, texts: texts)
            defer { lock.release() }
            let previousSchedule = try ScheduleReader.load(path: previous)
            let instant = try ReplanTime.parse(now, zone: raw.timeZone)
            let edits =
                try unavailable.map { try ReplanEdit(kind: "unavailable", value: $0) }
                + roomClosed.map { try ReplanEdit(kind: "room-closed", value: $0) }
                + cancel.map { try ReplanEdit(kind: "cancel", value: $0) }
            let printer = limits.quiet ? nil : ProgressPrinter(texts: texts)
            defer { printer?.stop() }
            let outcome = try Replanner.replan(
                Replanner.Request(
                    instance: raw, previous: previousSchedule, now: instant, edits: edits,
                    options: limits.plannerOptions(printer)))
            let result: Replanner.Result
            switch outcome {
            case .solved(let solved): result = solved
            case .infeasible(let expanded): throw SolverAnswer.infeasible(expanded, texts: texts, printer: printer)
            case .timeLimit: throw SolverAnswer.timeLimit(limits, texts: texts, printer: printer)
            }
            let summary = try SolverAnswer.validated(
                result.summary, instance: result.instance, texts: texts, printer: printer,
                replan: ReplanRules(previous: previousSchedule, now: instant))
            printer?.say(.phaseWriting)
            let written = try outputs.write(
                summary.schedule, instance: result.instance, texts: texts, summary: summary, paths: paths,
                changes: result.changes, invited: result.changes.updatedMeetings, cancelled: result.changes.cancelled)
            lock.release()
            printer?.stop()
            Console.out(ScheduleText.summaryLines(summary, instance: result.instance, texts: texts))
            Console.out(
                [""]
                    + ChangeReportText.lines(
                        result.changes, schedule: summary.schedule, instance: result.instance, texts: texts,
                        edits: edits,
                        warmStart: result.warmStartUsed) + [""])
            Console.out(written.map { texts(.wrote, $0) })
        }
    }
}
