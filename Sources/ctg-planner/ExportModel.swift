import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver

extension CTGPlanner {
    struct ExportModel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-model",
            abstract: "Write the MIP of an instance for other solvers (glpsol, HiGHS, CBC…).",
            discussion:
                "Rows and columns carry readable names, e.g. y[copil#1,2022-06-21,morning] or partner_clash[caf,…].")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case mps
            case lp
        }

        @Argument(help: "The instance file.")
        var instance: String

        @Option(name: .long, help: "mps (free MPS) or lp (CPLEX LP).")
        var format: Format

        @Option(name: .shortAndLong, help: "The file to write.")
        var output: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            let expanded = try InstanceFile.load(instance)
            var paths = OutputPaths()
            paths.inputs = OutputPaths.inputs(instance: instance, expanded.instance)
            paths.files = [.init("-o", output)]
            try paths.check(language.texts)
            let size = try ModelExport.write(expanded, format: format == .mps ? .freeMPS : .cplexLP, to: output)
            Console.out([language.texts(.exported, output, size.text(language.texts))])
        }
    }
}
