/// A snapshot of the branch-and-cut search, handed to `SolveOptions.progress`.
public struct Progress: Sendable {
    public var event: ProgressEvent
    /// Objective of the best integer solution so far, constant included.
    public var incumbent: Double?
    /// The best local bound over the active nodes: no integer solution can
    /// do better.
    public var bestBound: Double?
    /// GLPK's relative gap, `|incumbent − bound| / (|incumbent| + ε)`: the
    /// measure `SolveOptions.relativeGap` is compared with.
    public var gap: Double?
    /// Nodes created so far, including those already fathomed.
    public var nodes: Int
    /// Nodes still waiting to be explored.
    public var activeNodes: Int
    /// Seconds since the solve started.
    public var elapsed: Double

    public init(
        event: ProgressEvent, incumbent: Double?, bestBound: Double?, gap: Double?,
        nodes: Int, activeNodes: Int, elapsed: Double
    ) {
        self.event = event
        self.incumbent = incumbent
        self.bestBound = bestBound
        self.gap = gap
        self.nodes = nodes
        self.activeNodes = activeNodes
        self.elapsed = elapsed
    }
}

public enum ProgressEvent: Sendable, Equatable {
    /// A better integer solution was found (by GLPK, or the starting
    /// solution was accepted).
    case newIncumbent
    /// `progressInterval` has passed since the previous report.
    case periodic
}

public enum ProgressDecision: Sendable {
    case proceed
    /// End the search now; the result keeps the incumbent, if any, with
    /// `termination == .stopped`.
    case stop
}
