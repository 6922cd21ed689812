import ArgumentParser
import CTGCore
import CTGExplain
import Foundation

extension CTGPlanner {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say why no schedule exists: a minimal set of requirements that cannot hold together.",
            discussion: """
                Quick checks run first (a meeting with no possible slot or room, a partner or
                a set of rooms asked for more than they have, orders and gaps that do not fit
                the windows); when they find nothing, GLPK decides. The requirements are then
                dropped one by one while the rest still has no schedule: what is left is
                minimal, each of its requirements proven necessary by a probe that found a
                schedule without it. Each is printed as one sentence, followed by the
                cheapest changes found, each of which lifts the conflict on its own.

                Example: ctg-planner explain instances/ctg-2022-2023.yaml --lang en

                With --json, standard output is one object:
                  {"status": "infeasible" | "feasible" | "undecided",
                   "feasible": false | true | null,
                   "minimal": true,            (false: a probe ran out of time)
                   "found_by": "no-candidate" | "chain" | "partner-overload" | "partner-limit"
                               | "room-shortage" | "solver" | "background" | null,
                   "summary": "…",
                   "conflict": [{"kind": "partner-availability", "ids": ["caf", "seminaire"],
                                 "sentence": "…"}, …],
                   "repairs": [{"kind": …, "ids": […], "sentence": "…"}, …],
                   "note": "…" | null, "milliseconds": 412, "probes": 17, "solver_probes": 2}
                Kinds: meeting-window, meeting-days, meeting-slots, meeting-avoid, phase-window,
                partner-availability, partner-day-limit, partner-week-limit, precedence-min,
                precedence-max, spacing-min, spacing-max, phase-order, distinct-sites, pin,
                room-need, meeting. Ids: meeting or session (ID#k); partner then meeting; phase
                then its meetings; earlier then later meeting or phase; series.

                Exit codes: 0 a schedule exists (nothing to explain), 1 no schedule exists
                (the explanation is printed), 2 invalid input, 3 the time limit ran out
                before feasibility was known, 4 internal error.
                """)

        @Argument(help: "The instance file (YAML or JSON).")
        var instance: String

        @Flag(name: .long, help: "Print the explanation as JSON (schema above).")
        var json = false

        // Unconditional, so that a negative value is reported as out of range, not as missing.
        @Option(
            name: .long, parsing: .unconditional,
            help: "Seconds for each feasibility probe (default 10); a probe that runs out leaves minimality unproven.")
        var probeTimeLimit: Double = 10

        @Option(name: .long, parsing: .unconditional, help: "Seconds for the whole explanation (default 60).")
        var timeLimit: Double = 60

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard probeTimeLimit > 0, probeTimeLimit.isFinite else {
                throw ValidationError("--probe-time-limit must be a positive number of seconds, got \(probeTimeLimit)")
            }
            guard timeLimit > 0, timeLimit.isFinite else {
                throw ValidationError("--time-limit must be a positive number of seconds, got \(timeLimit)")
            }
        }

        func run() throws {
            var options = ConflictExplainer.Options()
            options.probeTimeLimit = probeTimeLimit
            options.timeLimit = timeLimit
            options.language = language.lang
            let report = try ConflictExplainer.explain(try InstanceLoader.load(path: instance), options: options)
            if json {
                Console.out(report.json, terminator: "")
            } else {
                Console.out(report.lines)
                if report.status == .infeasible { Console.error(report.timing) }
            }
            switch report.status {
            case .feasible: return
            case .infeasible: throw ExitCode(1)
            case .undecided: throw ExitCode(3)
            }
        }
    }
}
