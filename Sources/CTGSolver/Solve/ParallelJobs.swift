import Foundation

/// The one work queue of the decomposed solve: jobs numbered `0..<count` run
/// on both cores, each worker taking the next job as soon as its own is done,
/// so a long part does not hold up the short ones queued behind it. GLPK
/// keeps one environment per thread and `Solver` gives each solve its own,
/// so part models can be solved side by side.
enum ParallelJobs {
    /// One worker per core of the machines the planner is sized for (2
    /// cores); more would only share them and slow every part down.
    static let workers = 2

    /// The result of every job, by job number; nil for a job that returned
    /// nil or never started because `proceed` said to stop first.
    static func run<Result>(
        count: Int, while proceed: @Sendable () -> Bool = { true }, _ job: @Sendable (Int) -> Result?
    ) -> [Result?] {
        let results = Locked([Result?](repeating: nil, count: count))
        let next = Locked(0)
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while proceed() {
                let slot = next.update { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard slot < count else { return }
                let result = job(slot)
                results.update { $0[slot] = result }
            }
        }
        return results.value
    }
}
