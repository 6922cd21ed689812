/// What the solver reports while it works, for the progress line.
public struct SolveProgress: Sendable {
    public enum Phase: String, Sendable {
        case building = "building model"
        case solving = "solving LP relaxation"
        case searching = "branch-and-bound"
    }
    public var phase: Phase
    public var elapsed: Double
    public var incumbent: Double?
    package var bound: Double?
    package var gap: Double?
    package var nodes: Int?
    package var size: ModelSize?

    package init(
        phase: Phase, elapsed: Double, incumbent: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        nodes: Int? = nil,
        size: ModelSize? = nil
    ) {
        self.phase = phase
        self.elapsed = elapsed
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.nodes = nodes
        self.size = size
    }
}
