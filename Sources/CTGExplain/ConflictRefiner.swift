/// The search for a minimal conflict, in four steps:
///
/// 1. The whole instance, every requirement in force: feasible (nothing to
///    explain), unknown (time limit), or infeasible, with the meetings a
///    quick check blamed, when one did.
/// 2. Meetings: the deletion filter drops meetings (from those blamed, or
///    from all) while the rest stays infeasible: a small scope to work in.
/// 3. Requirements: the deletion filter drops the scope's requirements,
///    most willingly relaxed first, while the rest stays infeasible, every
///    other requirement being relaxed. What is left is the conflict; each of
///    its requirements was proven necessary by a feasible probe without it.
///    Steps 2 and 3 first shrink with the quick checks alone (see `shrink`).
/// 4. Repairs: for each requirement of the conflict, an elastic probe finds
///    the smallest relaxation of it alone that places the scope's meetings
///    with all their other requirements; the cheapest is then tried on the
///    whole instance, to say whether other conflicts remain.
struct ConflictRefiner {
    package let space: ConflictSpace
    let oracle: FeasibilityOracle

    struct Conflict {
        /// The meetings involved (space indices).
        package var scope: [Int]
        /// Most willingly relaxed first.
        package var requirements: [Requirement]
        /// Whether each requirement was proven necessary.
        package var minimal: Bool
        /// What a quick check proves about the conflict alone; nil when only GLPK could tell.
        var finding: QuickFinding?
        /// Cheapest first.
        package var repairs: [Repair]
        /// Whether a repair was looked for, for every requirement (time allowing).
        var repairsComplete: Bool
        /// Whether relaxing the first repair's requirement gives the whole
        /// instance a schedule; nil when that could not be decided in time.
        var firstRepairSuffices: Bool?
    }

    package enum Result {
        case feasible
        case undecided
        case conflict(Conflict)
    }

    package func run() throws -> Result {
        let everyone = Array(space.meetings.indices)
        let suspects: [Int]
        switch try oracle.verdict(scope: everyone, relaxed: []) {
        case .feasible: return .feasible
        case .unknown: return .undecided
        case .infeasible(let finding): suspects = finding?.meetings.sorted() ?? everyone
        }
        let all = Set(space.requirements)
        let scope = try shrink(suspects) { meetings, start in
            start == nil
                ? oracle.quickCheckFires(scope: meetings, relaxed: [])
                : try oracle.verdict(scope: meetings, relaxed: []).isInfeasible
        }.kept
        let (kept, minimal) = try shrink(space.requirements(touching: scope)) { requirements, start in
            guard let start else { return oracle.quickCheckFires(scope: scope, relaxed: all.subtracting(requirements)) }
            if try oracle.findsSchedule(scope: scope, relaxed: Set(start).subtracting(requirements)) { return false }
            return try oracle.verdict(scope: scope, relaxed: all.subtracting(requirements)).isInfeasible
        }
        let relaxed = all.subtracting(kept)

        // A meeting no kept requirement names may have mattered only through
        // requirements relaxed since; fewer meetings keep the minimality
        // (fewer meetings only make a problem easier).
        let named = Set(kept.flatMap { space.meetings(namedBy: $0, in: scope) })
        let (unnamed, _) = try DeletionFilter.shrink(scope.filter { !named.contains($0) }) { rest in
            try oracle.verdict(scope: (Array(named) + rest).sorted(), relaxed: relaxed).isInfeasible
        }
        let conflictScope = (Array(named) + unnamed).sorted()
        let problem = space.problem(scope: conflictScope, relaxed: relaxed)
        let finding = QuickChecks.run(problem.expanded).map { $0.renumbered { problem.meetings[$0] } }

        let search = RepairSearch(space: space, scope: conflictScope)
        var repairs: [Repair] = []
        var searched = 0
        for requirement in kept where oracle.timeLeft > 0 {
            searched += 1
            if let repair = try search.repair(for: requirement, timeLimit: min(oracle.probeTimeLimit, oracle.timeLeft))
            {
                repairs.append(repair)
            }
        }
        repairs.sort { ($0.requirement.reluctance, $0.size) < ($1.requirement.reluctance, $1.size) }
        var suffices: Bool?
        if let first = repairs.first, oracle.timeLeft > 0 {
            suffices = try oracle.verdict(scope: everyone, relaxed: [first.requirement]).isInfeasible.map { !$0 }
        }
        return .conflict(
            Conflict(
                scope: conflictScope, requirements: kept, minimal: minimal, finding: finding, repairs: repairs,
                repairsComplete: searched == kept.count, firstRepairSuffices: suffices))
    }
}

extension ConflictRefiner {
    /// The deletion filter in two passes. When a quick check proves `items`
    /// infeasible, a first pass keeps only what some quick check still needs
    /// (milliseconds a probe, and every set it keeps is proven infeasible);
    /// the second pass, with GLPK, then starts from that small set, mostly
    /// minimal already, and tries its elements one by one. `isInfeasible`
    /// gets the set to try, and nil for the first pass (quick checks only)
    /// or the second pass's starting set.
    func shrink<T>(_ items: [T], isInfeasible: ([T], [T]?) throws -> Bool?) rethrows -> (kept: [T], proven: Bool) {
        guard try isInfeasible(items, nil) == true else {
            return try DeletionFilter.shrink(items) { try isInfeasible($0, items) }
        }
        let start = try DeletionFilter.shrink(items) { try isInfeasible($0, nil) }.kept
        return try DeletionFilter.shrink(start, chunked: false) { try isInfeasible($0, start) }
    }
}

extension ConflictSpace {
    /// The meetings of `scope` a requirement speaks of.
    package func meetings(namedBy requirement: Requirement, in scope: [Int]) -> [Int] {
        switch requirement {
        case .phaseWindow(let phase): scope.filter { meetings[$0].phase == phase }
        case .partnerDayLimit(let p), .partnerWeekLimit(let p): scope.filter { meetings[$0].required.contains(p) }
        case .minimumGap(let r), .maximumGap(let r): [relations[r].before, relations[r].after]
        case .phaseOrder(let o):
            scope.filter { meetings[$0].phase == phaseOrders[o].before || meetings[$0].phase == phaseOrders[o].after }
        case .distinctSites(let s): distinctSiteSeries[s].filter(scope.contains)
        default: [requirement.meeting!]
        }
    }
}
