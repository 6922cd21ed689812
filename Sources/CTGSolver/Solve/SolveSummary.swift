import CTGCore

/// What a solve found, with the sizes and times the CLI and the benchmarks report.
public struct SolveSummary: Sendable {
    public var schedule: Schedule
    package var placements: [Placement]
    public var size: ModelSize
    public var buildTime: Double
    var solveTime: Double
    public var totalTime: Double
    package var nodes: Int
    /// The weighted value of each soft term at the solution.
    package var breakdown: [ObjectiveTerm: Int]
    var warmStartAccepted: Bool
}
