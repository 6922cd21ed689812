import ArgumentParser
import CTGGenerator
import Foundation

extension CTGBench {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a generated instance, to solve or inspect it with ctg-planner.",
            discussion: "Example: ctg-bench generate --size dept --seed 1 --output dept-1.yaml")

        @Option(help: "Instance size: \(InstanceGenerator.Size.allCases.map(\.rawValue).joined(separator: ", ")).")
        var size: InstanceGenerator.Size

        @Option(help: "Seed of the generator; the same seed gives the same file.")
        var seed: UInt64 = 1

        @Option(name: .shortAndLong, help: "File to write; standard output when omitted.")
        var output: String?

        func run() throws {
            let text = InstanceGenerator.yaml(size: size, seed: seed)
            guard let output else { return print(text, terminator: "") }
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        }
    }
}

extension InstanceGenerator.Size: @retroactive ExpressibleByArgument, @retroactive CustomStringConvertible {
    public var description: String { rawValue }
}
