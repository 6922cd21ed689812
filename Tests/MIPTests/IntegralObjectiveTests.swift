import MIP
import Testing

/// `TestModels.binPacking` finds its optimum of 8 bins early, but GLPK alone
/// cannot raise its bound of about 7.19 to 8 in any reasonable time.
@Suite("Integral objective")
struct IntegralObjectiveTests {
    @Test(arguments: [Direction.minimize, .maximize])
    func stopsWhenTheRoundedBoundMeetsTheIncumbent(direction: Direction) throws {
        let optimum: Double = direction == .minimize ? 8 : -8
        var options = SolveOptions()
        options.cuts = []
        options.integralObjective = true
        options.timeLimit = 30
        let result = try Solver.solve(TestModels.binPacking(direction: direction), options: options)
        #expect(result.status == .optimal)
        #expect(result.termination == .completed)
        // z is continuous: its LP value may be off by an ulp or two.
        #expect(isClose(result.objective, optimum, tolerance: 1e-9))
        #expect(isClose(result.bestBound, optimum, tolerance: 1e-9))
        #expect(try #require(result.gap) < 1e-9)
    }

    @Test func withoutItGLPKKeepsBranching() throws {
        var options = SolveOptions()
        options.cuts = []
        options.timeLimit = 1
        let result = try Solver.solve(TestModels.binPacking(), options: options)
        #expect(result.status == .feasible)
        #expect(result.termination == .timeLimit)
        let bound = try #require(result.bestBound)
        #expect(bound < 7.5)
    }
}
