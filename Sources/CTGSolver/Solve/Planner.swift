import Foundation
import MIP
import CTGCore

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

    /// Meetings above which a first solve is split into parts (see `Components`).
    static let decompositionThreshold = 100
    /// The largest part of a split instance.
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
            let parts = Components(instance, maxSize: partSize).parts
            if parts.count > 1 { return try DecomposedSolve(instance: instance, parts: parts, options: options).run() }
        }
        return try solveWhole(instance, options: options, replan: replan, warmStart: warmStart)
    }

    /// One MIP over every meeting.
    static func solveWhole(
        _ instance: ExpandedInstance, options: Options, replan: ReplanContext?, warmStart: [Int: Placement]?
    ) throws -> Outcome {
        let started = Date()
        let elapsed: @Sendable () -> Double = { Date().timeIntervalSince(started) }
        options.progress?(SolveProgress(phase: .building, elapsed: elapsed()))
        let built = ModelBuilder.build(instance, replan: replan, names: false)
        let buildTime = elapsed()
        options.progress?(SolveProgress(phase: .solving, elapsed: elapsed(), size: built.size))

        var mip = SolveOptions()
        mip.timeLimit = options.timeLimit.map { max(0.1, $0 - buildTime) }
        mip.relativeGap = options.gap > 0 ? options.gap : nil
        mip.integralObjective = true
        mip.log = options.log
        if let warmStart, let values = built.repairedColumnValues(from: warmStart, instance: instance) {
            mip.startingSolution = values
            mip.presolve = false
        }
        let report = options.progress
        mip.progress = { progress in
            report?(
                SolveProgress(
                    phase: .searching, elapsed: elapsed(), incumbent: progress.incumbent, bound: progress.bestBound,
                    gap: progress.gap, nodes: progress.nodes))
            return .proceed
        }
        let result = try Solver.solve(built.model, options: mip)
        switch result.status {
        case .infeasible:
            return .infeasible(built.size)
        case .timeLimitWithoutSolution, .stoppedWithoutSolution:
            return .timeLimit(built.size)
        case .unbounded:
            throw PlannerError.internalError("the model is unbounded, which a schedule model can never be")
        case .optimal, .feasible:
            break
        }
        let placements = built.placements(from: result.values, instance: instance)
        let objective = Int(built.model.objectiveValue(at: result.values).rounded())
        let rawBound = result.bestBound.map { Int(($0 - 1e-6).rounded(.up)) }
        let bound = result.status == .optimal ? objective : min(rawBound ?? 0, objective)
        let status: Schedule.Status = bound >= objective ? .optimal : .feasible
        var breakdown: [ObjectiveTerm: Int] = [:]
        for (term, columns) in built.termColumns {
            breakdown[term] = Int(columns.reduce(0) { $0 + $1.1 * result.values[$1.0.index] }.rounded())
        }
        let schedule = Schedule(
            placements: placements, instance: instance, status: status, objective: objective, bound: bound)
        return .solved(
            SolveSummary(
                schedule: schedule, placements: placements, size: built.size, buildTime: buildTime,
                solveTime: result.solveTime,
                totalTime: elapsed(), nodes: result.nodes, breakdown: breakdown,
                warmStartAccepted: mip.startingSolution != nil && result.startingSolutionAccepted))
    }
}

public struct SolveSummary: Sendable {
    public var schedule: Schedule
    package var placements: [Placement]
    public var size: ModelSize
    public var buildTime: Double
    package var solveTime: Double
    public var totalTime: Double
    package var nodes: Int
    /// The weighted value of each soft term at the solution.
    package var breakdown: [ObjectiveTerm: Int]
    package var warmStartAccepted: Bool
}

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

package enum PlannerError: Error, CustomStringConvertible {
    case internalError(String)
    package var description: String {
        switch self {
        case .internalError(let message): "internal error: \(message)"
        }
    }
}
