import CTGCore
import Foundation
package import MIP

extension Planner {
    /// GLPK's least time limit, in seconds, when building the model used up
    /// (nearly) all of the solve's: a limit of zero or less would stop it
    /// before it could report anything, this much still lets a small model
    /// give its root LP and maybe a schedule (reasoned, not measured).
    static let minimumSolverSeconds = 0.1

    /// How far below an integer GLPK's best bound may fall from rounding
    /// noise and still count as that integer: the objective is integral, so
    /// the bound is rounded up, and 37.0000001 must give 37, not 38.
    static let boundTolerance = 1e-6

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
        mip.timeLimit = options.timeLimit.map { max(minimumSolverSeconds, $0 - buildTime) }
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
        let rawBound = result.bestBound.map { Int(($0 - boundTolerance).rounded(.up)) }
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
