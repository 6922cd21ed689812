/// What a solve found.
public struct SolveResult: Sendable {
    public var status: SolveStatus
    public var termination: Termination
    /// Objective of `values`, constant included; nil without a solution.
    public var objective: Double?
    /// The best proven bound on the objective: equal to `objective` at
    /// optimality, the last bound seen when the search was cut short, nil
    /// when none is known.
    public var bestBound: Double?
    /// `|objective − bestBound| / max(1, |objective|)`; nil unless both are known.
    public var gap: Double?
    /// One value per model variable, integral for integer variables; empty
    /// without a solution.
    public var values: [Double]
    /// Wall-clock seconds, from loading the model into GLPK to the answer.
    public var solveTime: Double
    /// Branch-and-cut nodes created.
    public var nodes: Int
    /// Whether GLPK took `SolveOptions.startingSolution` as its incumbent.
    /// False when it was not offered: GLPK asks for heuristic solutions only
    /// after an LP relaxation that is not already integral.
    public var startingSolutionAccepted: Bool

    public init(
        status: SolveStatus, termination: Termination, objective: Double?, bestBound: Double?,
        gap: Double?, values: [Double], solveTime: Double, nodes: Int, startingSolutionAccepted: Bool
    ) {
        self.status = status
        self.termination = termination
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.values = values
        self.solveTime = solveTime
        self.nodes = nodes
        self.startingSolutionAccepted = startingSolutionAccepted
    }

    /// The value of `variable`. Traps when the result has no solution; check
    /// `status.hasSolution` first.
    public subscript(_ variable: Variable) -> Double {
        precondition(!values.isEmpty, "the result has no solution (status \(status))")
        return values[variable.index]
    }
}

public enum SolveStatus: Sendable, Equatable {
    case optimal
    /// A solution without a proof of optimality (time limit, gap, stop).
    case feasible
    case infeasible
    /// The LP relaxation is unbounded, so GLPK cannot bound the search.
    case unbounded
    case timeLimitWithoutSolution
    case stoppedWithoutSolution

    /// Whether a result with this status carries values.
    public var hasSolution: Bool { self == .optimal || self == .feasible }
}

/// Why the search ended.
public enum Termination: Sendable, Equatable {
    /// The search ran to its end: optimal, infeasible or unbounded is proven.
    case completed
    case timeLimit
    /// `SolveOptions.relativeGap` was reached.
    case gapReached
    /// `SolveOptions.progress` returned `.stop`.
    case stopped
}
