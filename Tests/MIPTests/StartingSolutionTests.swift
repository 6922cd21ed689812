import MIP
import Testing

@Suite("Starting solution")
struct StartingSolutionTests {
    /// A feasibility problem GLPK does not solve within seconds on its own
    /// (see `TimeLimitTests`); with the planted solution as a hint, the
    /// incumbent meets the bound of 0 and the search ends at once.
    @Test func hintSolvesAHardFeasibilityProblem() throws {
        let (model, planted) = TestModels.marketSplit(rows: 5, seed: 11, slack: false, planted: true)
        var options = SolveOptions()
        options.timeLimit = 20
        options.startingSolution = planted
        let result = try Solver.solve(model, options: options)
        #expect(result.startingSolutionAccepted)
        #expect(result.status == .optimal)
        #expect(isFeasible(result.values, for: model))
    }

    @Test func hintIsTheFirstIncumbent() throws {
        let reports = Recorder<Progress>()
        var options = SolveOptions()
        options.startingSolution = TestModels.knapsackOptimum
        options.progress = { progress in
            reports.append(progress)
            return .proceed
        }
        let result = try Solver.solve(TestModels.knapsack(), options: options)
        #expect(result.startingSolutionAccepted)
        let first = try #require(reports.values.first { $0.event == .newIncumbent })
        #expect(first.incumbent == 280)
        #expect(result.status == .optimal)
        #expect(result.objective == 280)
    }

    /// Values within tolerance of an integer are rounded before GLPK sees
    /// them, since it tests integrality exactly.
    @Test func nearlyIntegralHintIsRounded() throws {
        var options = SolveOptions()
        options.startingSolution = [1 - 1e-9, 1 + 1e-9, 1, 0, 1e-9, 0, 0]
        let result = try Solver.solve(TestModels.knapsack(), options: options)
        #expect(result.startingSolutionAccepted)
        #expect(result.values == TestModels.knapsackOptimum)
    }

    static let invalidHints: [(label: String, values: [Double], complaint: String)] = [
        ("too short", [1, 1, 1], "3 values for 7 variables"),
        ("not a number", [.nan, 0, 0, 0, 0, 0, 0], "not finite"),
        ("fractional binary", [0.5, 0, 0, 0, 0, 0, 0], "not integral"),
        ("below a bound", [-1, 0, 0, 0, 0, 0, 0], "below its lower bound"),
        ("over capacity", [1, 1, 1, 1, 0, 0, 0], "violates constraint 0 (capacity)"),
    ]

    @Test(arguments: invalidHints)
    func invalidHintIsRejected(hint: (label: String, values: [Double], complaint: String)) throws {
        var options = SolveOptions()
        options.startingSolution = hint.values
        #expect {
            try Solver.solve(TestModels.knapsack(), options: options)
        } throws: { error in
            guard case MIPError.invalidOption(let message) = error else { return false }
            return message.contains(hint.complaint)
        }
    }

    @Test func hintIsIgnoredForTheRelaxation() throws {
        var options = SolveOptions()
        options.relaxIntegrality = true
        options.startingSolution = [1]
        let result = try Solver.solve(TestModels.knapsack(), options: options)
        #expect(isClose(result.objective, 290))
        #expect(!result.startingSolutionAccepted)
    }
}
