import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver
import CTGValidation
import Foundation

extension CTGPlanner {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a schedule against an instance: every hard constraint, and the objective recomputed.",
            discussion: """
                Lists every violation with its constraint number, meeting and slot. With
                --previous and --now, applies the re-planning rules (frozen meetings, moves,
                uid and sequence). Exit code 0 when valid, 1 when not.
                """)

        @Argument(help: "The instance file.")
        var instance: String

        @Argument(help: "The schedule file (schedule.json).")
        var schedule: String

        @Option(name: .long, help: "The previous schedule, to check a re-plan.")
        var previous: String?

        @Option(name: .long, help: "The re-plan's reference time (ISO 8601; without offset, in the instance's zone).")
        var now: String?

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if now != nil && previous == nil { throw ValidationError("--now goes with --previous") }
        }

        func run() throws {
            let texts = language.texts
            let expanded = try InstanceFile.load(instance)
            let lock = OutputLock.forReading(schedule: schedule, texts: texts)
            let candidate = try ScheduleReader.load(path: schedule)
            lock?.release()
            var rules: ReplanRules?
            if let previous {
                let instant = try ReplanTime.parse(now, zone: expanded.instance.timeZone)
                let previousSchedule = try ScheduleReader.load(path: previous)
                try PreviousScheduleChecks.check(previousSchedule, against: expanded.instance, now: instant)
                rules = ReplanRules(previous: previousSchedule, now: instant)
            }
            let judged = try Replanner.instance(expanded.instance, asEditedBy: candidate) ?? expanded
            let report = ScheduleValidator.validate(candidate, against: judged, replan: rules)
            if report.isValid {
                Console.out([texts(.validOK, report.objective)])
                return
            }
            Console.out(report.invalidLines(texts: texts))
            throw ExitCode(1)
        }
    }
}
