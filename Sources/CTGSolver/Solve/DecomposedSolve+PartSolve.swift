import CTGCore

/// One part's model: its meetings free, its neighbours fixed, solved whole.
extension DecomposedSolve {
    struct PartResult {
        var placements: [Int: Placement]?
        var bound: Int?
        var infeasible: Bool
        var size: ModelSize
    }

    /// Solves the meetings of `part` with the meetings of `fixed` where they
    /// are, starting from `warm` when given; placements come back in the
    /// whole instance's numbering.
    func solve(
        _ part: [Int], fixed: [Int: Placement], warm: [Int: Placement], timeLimit: Double, gap: Double
    ) throws -> PartResult {
        let called = elapsed
        let fixedMeetings = neighbours(of: part).filter { fixed[$0] != nil }
        let (sub, original) = instance.restricted(to: part + fixedMeetings, fixed: fixed)
        let frozen = Set(part.count..<original.count)
        var subOptions = Planner.Options()
        // Restricting the instance came out of the part's time.
        subOptions.timeLimit = timeLimit - (elapsed - called)
        subOptions.gap = gap
        subOptions.log = options.log
        var subWarm: [Int: Placement] = [:]
        for (position, old) in original.enumerated() {
            if let placement = warm[old] ?? fixed[old] {
                subWarm[position] = Placement(meeting: position, start: placement.start, room: placement.room)
            }
        }
        let outcome = try Planner.solveWhole(
            sub, options: subOptions, replan: ReplanContext(previous: [:], frozen: frozen),
            warmStart: subWarm.isEmpty ? nil : subWarm)
        switch outcome {
        case .solved(let summary):
            var found: [Int: Placement] = [:]
            for placement in summary.placements where placement.meeting < part.count {
                let old = original[placement.meeting]
                found[old] = Placement(meeting: old, start: placement.start, room: placement.room)
            }
            return PartResult(placements: found, bound: summary.schedule.bound, infeasible: false, size: summary.size)
        case .infeasible(let size): return PartResult(placements: nil, bound: nil, infeasible: true, size: size)
        case .timeLimit(let size): return PartResult(placements: nil, bound: nil, infeasible: false, size: size)
        }
    }
}
