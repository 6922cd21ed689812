import MIP
import Testing

@Suite("Relative gap tolerance")
struct GapToleranceTests {
    /// The slack market split finds incumbents at once but never closes its
    /// gap; a tolerance above that gap ends the search at the first one.
    @Test func stopsAtTheFirstIncumbentWithinTheGap() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: true).model
        var options = SolveOptions()
        options.relativeGap = 10
        options.timeLimit = 10
        let result = try Solver.solve(model, options: options)
        #expect(result.status == .feasible)
        #expect(result.termination == .gapReached)
        #expect(isFeasible(result.values, for: model))
        let gap = try #require(result.gap)
        #expect(gap > 0)
    }
}
