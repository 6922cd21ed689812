import ArgumentParser
import CTGCore
import CTGGenerator
import CTGSolver
import CTGValidation
import Foundation

extension CTGBench {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every size × seed, each in a child process, and print the Markdown table.",
            discussion: """
                The table goes to standard output (and to --out); progress goes to standard error. \
                Example: ctg-bench --sizes s,m,l,xl,dept --seeds 1 --time-limit 60 --out Benchmarks/results.md
                """)

        @Option(help: "Comma-separated sizes among s, m, l, xl, dept.")
        var sizes = CommaSeparated(InstanceGenerator.Size.allCases)

        @Option(help: "Comma-separated seeds of the generator.")
        var seeds = CommaSeparated<UInt64>([1])

        @Option(help: "Seconds for each solve, model building included.")
        var timeLimit: Double = 60

        @Option(help: "Also write the table to this Markdown file.")
        var out: String?

        func validate() throws {
            guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        }

        func run() throws {
            let executable = try Self.executable()
            var rows: [String] = []
            for size in sizes.elements {
                for seed in seeds.elements {
                    FileHandle.standardError.write(Data("\(size.rawValue) seed \(seed)…".utf8))
                    let result = runCase(executable, size: size, seed: seed)
                    FileHandle.standardError.write(
                        Data(" \(result.status.rawValue), \(format(result.totalSeconds ?? 0, decimals: 1)) s\n".utf8))
                    rows.append(result.tableRow)
                }
            }
            let command =
                "ctg-bench --sizes \(sizes) --seeds \(seeds) --time-limit \(format(timeLimit, decimals: timeLimit == timeLimit.rounded() ? 0 : 1))"
            let report =
                ([
                    "Command: `swift run -c release --package-path Benchmarks \(command)`",
                    "",
                    "Machine: \(Machine.description).",
                    "",
                ] + CaseResult.tableHeader + rows).joined(separator: "\n") + "\n"
            print(report, terminator: "")
            if let out { try report.write(toFile: out, atomically: true, encoding: .utf8) }
        }

        private func runCase(_ executable: URL, size: InstanceGenerator.Size, seed: UInt64) -> CaseResult {
            let child = Process()
            child.executableURL = executable
            child.arguments = [
                "run-one", "--size", size.rawValue, "--seed", String(seed), "--time-limit", String(timeLimit),
            ]
            let output = Pipe()
            child.standardOutput = output
            do {
                try child.run()
            } catch {
                return CaseResult(size: size.rawValue, seed: seed, status: .failed, detail: "cannot start: \(error)")
            }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            child.waitUntilExit()
            if child.terminationReason == .uncaughtSignal {
                return CaseResult(
                    size: size.rawValue, seed: seed, status: .failed, detail: "signal \(child.terminationStatus)")
            }
            guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
                let result = try? JSONDecoder().decode(CaseResult.self, from: Data(line.utf8))
            else {
                return CaseResult(
                    size: size.rawValue, seed: seed, status: .failed, detail: "exit \(child.terminationStatus)")
            }
            return result
        }

        private static func executable() throws -> URL {
            guard let path = Bundle.main.executablePath else {
                throw ValidationError("cannot find the ctg-bench executable")
            }
            return URL(fileURLWithPath: path)
        }
    }
}
