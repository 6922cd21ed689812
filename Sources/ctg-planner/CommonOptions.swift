import ArgumentParser
import CTGCore

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the texts the tool writes: fr (default) or en.")
    var lang: Language = .fr

    var texts: Texts { Texts(lang) }
}

extension Language: ExpressibleByArgument {}

/// `--time-limit` and `--gap` take their value unconditionally: parsed the
/// default way, `--gap -1` reads `-1` as an option and reports a missing
/// value, where the user needs to hear that the number is out of range.
struct SolveLimits: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: "Stop after this many seconds and keep the best schedule found (default 60).")
    var timeLimit: Double = 60

    @Option(
        name: .long, parsing: .unconditional,
        help:
            "Stop when (objective − bound) / max(1, |objective|) is at most this fraction (default 0: prove optimality)."
    )
    var gap: Double = 0

    @Flag(name: .long, help: "No progress on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Also show GLPK's own log on standard error.")
    var verbose = false

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else {
            throw ValidationError("--time-limit must be a positive number of seconds, got \(timeLimit)")
        }
        guard (0...1).contains(gap) else {
            throw ValidationError("--gap must be a fraction between 0 and 1 (0.01 stops within 1 %), got \(gap)")
        }
    }
}
