import MIP
import Testing

/// GLPK checks its clock between nodes; these instances have fast nodes and
/// far too many of them, so the limit is what ends them.
@Suite("Time limit")
struct TimeLimitTests {
    @Test func withoutSolutionOnAFeasibilityProblem() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: false).model
        var options = SolveOptions()
        options.timeLimit = 1
        let result = try Solver.solve(model, options: options)
        #expect(result.status == .timeLimitWithoutSolution)
        #expect(result.termination == .timeLimit)
        #expect(result.values.isEmpty)
        #expect(result.nodes > 1)
        #expect(result.solveTime >= 0.9)
    }

    @Test func withSolutionReportsTheGap() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: true).model
        var options = SolveOptions()
        options.timeLimit = 1
        let result = try Solver.solve(model, options: options)
        #expect(result.status == .feasible)
        #expect(result.termination == .timeLimit)
        #expect(isFeasible(result.values, for: model))
        let objective = try #require(result.objective)
        let bound = try #require(result.bestBound)
        #expect(bound <= objective)
        #expect(isClose(result.gap, abs(objective - bound) / max(1, abs(objective))))
    }

    /// The limit holds while the LP relaxation is being solved, whichever
    /// routine solves it: `glp_simplex` for the relaxation alone or before a
    /// search without presolver, `glp_intopt` itself with the presolver.
    @Test(arguments: [(relax: true, presolve: true), (false, false), (false, true)])
    func coversTheLPPhase(relax: Bool, presolve: Bool) throws {
        let model = TestModels.largeRandomLP(kind: relax ? .continuous : .integer)
        var options = SolveOptions()
        options.timeLimit = 0.3
        options.relaxIntegrality = relax
        options.presolve = presolve
        let result = try Solver.solve(model, options: options)
        #expect(result.status == .timeLimitWithoutSolution)
        #expect(result.termination == .timeLimit)
    }
}
