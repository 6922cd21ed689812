import CTGCore
import Foundation
package import MIP

/// From an expanded instance to a schedule: build the MIP, solve it with
/// GLPK, decode, and check the result with the independent validator
/// before anyone sees it.
public enum Planner {
    public struct Options: Sendable {
        /// Seconds for the whole solve; nil for no limit.
        public var timeLimit: Double? = 60
        /// Relative gap at which the search may stop; 0 proves optimality.
        package var gap: Double = 0
        public var progress: (@Sendable (SolveProgress) -> Void)?
        /// GLPK's own log lines, for `--verbose`.
        package var log: (@Sendable (String) -> Void)?
        public init() {}
    }

    public enum Outcome: Sendable {
        case solved(SolveSummary)
        /// GLPK proved that no schedule exists.
        case infeasible(ModelSize)
        /// The time limit ran out before any schedule was found.
        case timeLimit(ModelSize)
    }

    /// Meetings above which a first solve is split into parts (see
    /// `Components`). Lowered from 300 with the decomposed solve (dddcb4c):
    /// one territory (`m`, 48 meetings) is proven optimal whole in under a
    /// second, while for four (`l`, 187) the whole model's LP alone took 30 s
    /// (Benchmarks/README.md).
    static let decompositionThreshold = 100
    /// The largest part of a split instance: room for a territory (about 50
    /// meetings in the generated department) and its neighbours' shared
    /// meetings, too small for the department-wide staff to tie everything
    /// into one part (set in b3674e3, not tuned since).
    static let partSize = 120

    public static func solve(_ instance: ExpandedInstance, options: Options = Options()) throws -> Outcome {
        try solve(instance, options: options, replan: nil, warmStart: nil)
    }

    /// A re-plan's solve: `replan` prices moves, `warmStart` is the previous
    /// schedule offered as the first incumbent. Either keeps the model whole.
    package static func solve(
        _ instance: ExpandedInstance, options: Options, replan: ReplanContext?, warmStart: [Int: Placement]?
    ) throws -> Outcome {
        if replan == nil, warmStart == nil, instance.meetings.count > decompositionThreshold {
            let started = Date()
            let parts = Components(instance, maxSize: partSize).parts
            if parts.count > 1 {
                return try DecomposedSolve(instance: instance, parts: parts, options: options, started: started).run()
            }
        }
        return try solveWhole(instance, options: options, replan: replan, warmStart: warmStart)
    }
}
