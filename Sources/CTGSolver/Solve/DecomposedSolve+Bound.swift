import Foundation

/// Phase 2: the lower bound, from each part solved alone.
extension DecomposedSolve {
    /// The fraction of the limit the bounds may take, in wall seconds on both
    /// cores. Measured with the benchmark at 60 s (ff4ef33, 6060ab7): this
    /// share, divided by part size and largest parts first, raised the dept
    /// bound from 1925 to 2506 (gap 34.1 % → 14.2 %) with l and xl unchanged.
    static let boundShare = 0.45

    /// How a part's share of the bound time grows with its meetings: faster
    /// than linearly, as the time to solve its LP does.
    static let boundWeightExponent = 1.5

    /// The least time a part's bound gets, in seconds, however small the part.
    static let minimumBoundSeconds: Double = 1

    /// The sum of the parts' optima, each part solved with every other part
    /// left out. Larger parts go first and get a share of the `budget`
    /// (seconds of both cores) by `boundWeightExponent`. A part that proves
    /// nothing in time contributes 0.
    func partsBound(budget: Double) -> Int {
        let order = parts.indices.sorted { (parts[$0].count, $1) > (parts[$1].count, $0) }
        let weights = parts.map { pow(Double($0.count), Self.boundWeightExponent) }
        let total = weights.reduce(0, +)
        let coreSeconds = Double(ParallelJobs.workers) * budget
        let bounds = ParallelJobs.run(count: order.count, while: { hasTime }) { position in
            let index = order[position]
            let share = max(Self.minimumBoundSeconds, coreSeconds * weights[index] / total)
            return (try? solve(parts[index], fixed: [:], warm: [:], timeLimit: min(share, remaining), gap: 0))?.bound
        }
        return bounds.reduce(0) { $0 + ($1 ?? 0) }
    }
}
