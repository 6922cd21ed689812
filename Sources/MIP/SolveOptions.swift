/// How `Solver.solve` drives GLPK's branch-and-cut.
///
/// The defaults are GLPK's own except for `cuts`, which turns on every cut
/// family (what `glpsol --cuts` does): scheduling models are mostly binary
/// assignment rows, where clique and cover cuts tighten the LP bound cheaply.
///
/// ```swift
/// var options = SolveOptions()
/// options.timeLimit = 30
/// options.integralObjective = true
/// options.progress = { p in print(p.incumbent ?? .nan); return .proceed }
/// ```
public struct SolveOptions: Sendable {
    /// Wall-clock limit in seconds for the whole solve, LP phase included.
    /// Limits beyond GLPK's range (about 24 days) mean no limit.
    public var timeLimit: Double?
    /// Stop once GLPK's relative gap `|incumbent − bound| / (|incumbent| + ε)`
    /// is at most this value; the result then has `termination == .gapReached`.
    public var relativeGap: Double?
    /// GLPK's MIP presolver. It is turned off for a solve with a
    /// `startingSolution`, whose values must refer to the model's own columns.
    public var presolve: Bool = true
    public var cuts: Set<CutFamily> = [.gomory, .mir, .cover, .clique]
    public var branching: Branching = .driebeckTomlin
    public var backtracking: Backtracking = .bestLocalBound
    public var feasibilityPump: Bool = false
    public var proximitySearch: Bool = false
    /// Time limit in seconds for proximity search; GLPK's default is 60.
    public var proximityTimeLimit: Double?
    /// A feasible solution, one value per model variable, offered to GLPK as
    /// the first incumbent. It is checked against bounds, integrality and
    /// every constraint first (GLPK itself checks only integrality), so an
    /// infeasible one throws `MIPError.invalidOption` instead of becoming a
    /// wrong answer. Ignored when `relaxIntegrality` is set.
    public var startingSolution: [Double]?
    /// Declares that the objective is an integer at every integer-feasible
    /// solution. The search then stops as soon as the best bound, rounded
    /// towards the incumbent, meets it — GLPK alone would keep branching to
    /// close a gap smaller than one. The result is `.optimal` with that
    /// rounded bound as `bestBound`.
    public var integralObjective: Bool = false
    /// Solve the LP relaxation only: integrality is ignored, and the result
    /// carries the LP optimum (status `.optimal`, `.infeasible` or `.unbounded`).
    public var relaxIntegrality: Bool = false
    /// Seconds between two `.periodic` progress reports. GLPK calls back only
    /// between nodes, so reports can be later than this, never earlier.
    public var progressInterval: Double = 1.0
    /// Called on the solving thread at each new incumbent and every
    /// `progressInterval`; returning `.stop` ends the search.
    public var progress: (@Sendable (Progress) -> ProgressDecision)?
    /// Receives GLPK's terminal output line by line, on the solving thread.
    /// Without it the output is discarded; it never goes to standard output.
    public var log: (@Sendable (String) -> Void)?

    public init() {}
}

/// Families of cutting planes GLPK can add during branch-and-cut.
public enum CutFamily: Sendable, Hashable, CaseIterable {
    /// Gomory's mixed-integer cuts.
    case gomory
    /// Mixed-integer rounding cuts.
    case mir
    /// Mixed cover cuts.
    case cover
    /// Clique cuts from the conflict graph of binary variables.
    case clique
}

/// How GLPK picks the variable to branch on.
public enum Branching: Sendable {
    case firstFractional
    case lastFractional
    case mostFractional
    /// Driebeck and Tomlin's heuristic (GLPK's default).
    case driebeckTomlin
    /// Hybrid pseudocost heuristic.
    case pseudocost
}

/// How GLPK picks the next node of the search tree.
public enum Backtracking: Sendable {
    case depthFirst
    case breadthFirst
    /// The node with the best local bound (GLPK's default).
    case bestLocalBound
    /// Best projection heuristic.
    case bestProjection
}
