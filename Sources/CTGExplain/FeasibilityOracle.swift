import Foundation

/// Answers the refiner's one question, "does this relaxed problem have a
/// schedule?": the quick checks first, GLPK with a time limit when they find
/// nothing. Counts what it did, for the report.
final class FeasibilityOracle {
    enum Verdict {
        case feasible
        /// With the quick check's finding (space indices); nil when GLPK proved it.
        case infeasible(QuickFinding?)
        /// The probe's time limit, or the whole explanation's, ran out.
        case unknown

        /// For the deletion filter: true, false, or nil when not known.
        var isInfeasible: Bool? {
            switch self {
            case .feasible: false
            case .infeasible: true
            case .unknown: nil
            }
        }
    }

    package let space: ConflictSpace
    package let probeTimeLimit: Double
    package let deadline: Date
    private(set) var probes = 0
    private(set) var solverProbes = 0
    private(set) var unknowns = 0

    init(space: ConflictSpace, probeTimeLimit: Double, deadline: Date) {
        self.space = space
        self.probeTimeLimit = probeTimeLimit
        self.deadline = deadline
    }

    var timeLeft: Double { deadline.timeIntervalSinceNow }

    /// Whether a quick check proves the problem infeasible; never runs GLPK.
    func quickCheckFires(scope: [Int], relaxed: Set<Requirement>) -> Bool {
        probes += 1
        return QuickChecks.run(space.problem(scope: scope, relaxed: relaxed).expanded) != nil
    }

    /// Whether GLPK finds a schedule within a short time; false says
    /// nothing. With feasibility monotone, a schedule of a less relaxed
    /// problem proves a more relaxed one feasible, and is much cheaper to
    /// find (fewer candidates).
    func findsSchedule(scope: [Int], relaxed: Set<Requirement>) throws -> Bool {
        probes += 1
        let problem = space.problem(scope: scope, relaxed: relaxed)
        guard timeLeft > 0, QuickChecks.run(problem.expanded) == nil else { return false }
        solverProbes += 1
        if case .feasible = try problem.solve(timeLimit: min(probeTimeLimit / 4, timeLeft)) { return true }
        return false
    }

    func verdict(scope: [Int], relaxed: Set<Requirement>) throws -> Verdict {
        probes += 1
        let problem = space.problem(scope: scope, relaxed: relaxed)
        if let finding = QuickChecks.run(problem.expanded) {
            return .infeasible(finding.renumbered { problem.meetings[$0] })
        }
        guard timeLeft > 0 else {
            unknowns += 1
            return .unknown
        }
        solverProbes += 1
        switch try problem.solve(timeLimit: min(probeTimeLimit, timeLeft)) {
        case .feasible: return .feasible
        case .infeasible: return .infeasible(nil)
        case .unknown:
            unknowns += 1
            return .unknown
        }
    }
}
