import CTGCore

/// Phase 3: a large-neighbourhood search over parts and pairs of parts.
extension DecomposedSolve {
    /// A neighbourhood gets at most 1/`neighbourhoodSlices` of the time
    /// that remains, so that several neighbourhoods get a turn before the
    /// limit instead of the first one taking it all.
    static let neighbourhoodSlices: Double = 4

    /// The least time a neighbourhood gets, in seconds, while time remains:
    /// the floor a wave's parts get too, set with the first decomposed solve
    /// (dddcb4c) and not tuned since.
    static let minimumNeighbourhoodSeconds: Double = 2

    /// Re-solves each part, then each pair of parts, with the rest fixed and
    /// the current placement as warm start, keeping what the validator counts
    /// as better; stops when time runs out, `bound` is reached, or a whole
    /// round improves nothing.
    func improve(_ start: [Int: Placement], toward bound: Int) throws -> (placements: [Int: Placement], objective: Int)
    {
        var placements = start
        var objective = try recount(placements)
        report(placements: placements, bound: bound)
        let neighbourhoods = self.neighbourhoods()
        var stale = 0
        var next = 0
        while hasTime && objective > bound && stale < neighbourhoods.count {
            let part = neighbourhoods[next % neighbourhoods.count]
            next += 1
            stale += 1
            let others = placements.filter { !part.contains($0.key) }
            let solved = try solve(
                part, fixed: others, warm: placements,
                timeLimit: min(max(Self.minimumNeighbourhoodSeconds, remaining / Self.neighbourhoodSlices), remaining),
                gap: 0)
            guard let found = solved.placements else { continue }
            let candidate = placements.merging(found) { $1 }
            let value = try recount(candidate)
            if value < objective {
                placements = candidate
                objective = value
                stale = 0
                report(placements: placements, bound: bound)
            }
        }
        return (placements, objective)
    }

    /// The meetings of each part, then of each pair of parts, in part order:
    /// a pair can move meetings that share staff across two territories.
    private func neighbourhoods() -> [[Int]] {
        parts + parts.indices.flatMap { i in (i + 1..<parts.count).map { parts[i] + parts[$0] } }
    }
}
