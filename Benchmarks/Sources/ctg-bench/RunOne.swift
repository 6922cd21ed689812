import ArgumentParser
import CTGCore
import CTGGenerator
import CTGSolver
import CTGValidation
import Foundation

extension CTGBench {
    /// One case in this process, so that `VmHWM` is the case's own peak; the
    /// driver starts one of these per size and seed.
    struct RunOne: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run-one",
            abstract: "Run one case and print its measurements as one line of JSON (used by `run`).")

        @Option(help: "Instance size.")
        var size: InstanceGenerator.Size

        @Option(help: "Seed of the generator.")
        var seed: UInt64 = 1

        @Option(help: "Seconds for the whole solve, model building included.")
        var timeLimit: Double = 60

        func run() throws {
            var result = CaseResult(size: size.rawValue, seed: seed, status: .failed)
            do {
                try measure(into: &result)
            } catch {
                result.detail = "\(error)".split(separator: "\n").first.map(String.init)
            }
            result.peakMiB = Machine.peakResidentMiB
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        }

        private func measure(into result: inout CaseResult) throws {
            // Through a file, as `ctg-planner solve` reads it.
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent(
                    "ctg-bench-\(size.rawValue)-\(seed)-\(ProcessInfo.processInfo.processIdentifier).yaml")
            try InstanceGenerator.yaml(size: size, seed: seed).write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }

            let clock = ContinuousClock()
            let loading = clock.now
            let instance = try InstanceFile.load(file.path)
            result.loadSeconds = seconds(clock.now - loading)
            result.meetings = instance.meetings.count

            let observer = SolveObserver()
            var options = Planner.Options()
            options.timeLimit = timeLimit
            options.progress = { observer.observe($0) }
            let solving = clock.now
            let outcome = try Planner.solve(instance, options: options)
            result.totalSeconds = seconds(clock.now - solving)
            result.buildSeconds = observer.buildSeconds
            result.firstScheduleSeconds = observer.firstIncumbentSeconds
            let size: ModelSize
            switch outcome {
            case .solved(let summary):
                size = summary.size
                let schedule = summary.schedule
                result.status = schedule.status == .optimal ? .optimal : .feasible
                result.objective = schedule.objective
                result.bound = schedule.bound
                result.buildSeconds = summary.buildTime
                // A search that ends at its first incumbent may report none.
                result.firstScheduleSeconds = observer.firstIncumbentSeconds ?? summary.totalTime
                result.valid = ScheduleValidator.validate(schedule, against: instance).isValid
            case .timeLimit(let modelSize):
                size = modelSize
                result.status = .noSchedule
            case .infeasible(let modelSize):
                size = modelSize
                result.status = .infeasible
            }
            result.rows = size.rows
            result.columns = size.columns
            result.nonzeros = size.nonzeros
        }
    }
}

/// Records, from the solver's progress reports, when the model was built
/// and when the first schedule appeared. Reports come from the solver's
/// thread, hence the lock.
private final class SolveObserver: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Double?
    private var firstIncumbent: Double?

    func observe(_ progress: SolveProgress) {
        lock.withLock {
            if progress.phase == .solving && built == nil { built = progress.elapsed }
            if progress.incumbent != nil && firstIncumbent == nil { firstIncumbent = progress.elapsed }
        }
    }

    var buildSeconds: Double? { lock.withLock { built } }
    var firstIncumbentSeconds: Double? { lock.withLock { firstIncumbent } }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}
