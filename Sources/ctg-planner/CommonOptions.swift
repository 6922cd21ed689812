import ArgumentParser
import CTGCore

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the texts the tool writes: fr (default) or en.")
    var lang: Language = .fr

    var texts: Texts { Texts(lang) }
}

extension Language: ExpressibleByArgument {}

struct SolveLimits: ParsableArguments {
    @Option(name: .long, help: "Stop after this many seconds and keep the best schedule found (default 60).")
    var timeLimit: Double = 60

    @Option(
        name: .long,
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
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
        guard gap >= 0, gap.isFinite else { throw ValidationError("--gap must be a non-negative fraction") }
    }
}
