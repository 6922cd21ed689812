import ArgumentParser
import CTGCore
import CTGOutput

extension CTGPlanner {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read and check an instance; print its size and its most constrained meetings.",
            discussion: "Every problem is reported at once as FILE:LINE:COLUMN: field: message (exit code 2).")

        @Argument(help: "The instance file (YAML or JSON).")
        var instance: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            let expanded = try InstanceFile.load(instance)
            Console.out(CheckSummary.lines(expanded, texts: language.texts))
        }
    }
}
