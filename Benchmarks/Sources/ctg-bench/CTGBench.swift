import ArgumentParser

@main
struct CTGBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctg-bench",
        abstract: "Benchmark ctg-planner on generated instances, from one territory to a department.",
        discussion: """
            Runs every size × seed in a fresh child process (so peak memory is per case) and prints a \
            Markdown table: model size, build time, time to the first schedule, final status, objective, \
            bound, gap, total time, peak resident memory and whether the validator accepts the schedule.

            Example: swift run -c release --package-path Benchmarks ctg-bench --sizes s,m --time-limit 30
            """,
        subcommands: [Run.self, RunOne.self, Generate.self],
        defaultSubcommand: Run.self)
}
