import MIP
import Testing

/// Statuses that carry no solution, with the MIP presolver on and off: GLPK
/// reports them through return codes in one case and solution statuses in
/// the other.
@Suite("Infeasible and unbounded models")
struct InfeasibleAndUnboundedTests {
    @Test(arguments: [true, false])
    func integerInfeasibleWithFeasibleRelaxation(presolve: Bool) throws {
        var options = SolveOptions()
        options.presolve = presolve
        let result = try Solver.solve(TestModels.integerInfeasible(), options: options)
        #expect(result.status == .infeasible)
        #expect(!result.status.hasSolution)
        #expect(result.termination == .completed)
        #expect(result.objective == nil)
        #expect(result.values.isEmpty)

        options.relaxIntegrality = true
        #expect(try Solver.solve(TestModels.integerInfeasible(), options: options).status == .optimal)
    }

    @Test(arguments: [true, false])
    func infeasibleRelaxation(presolve: Bool) throws {
        var options = SolveOptions()
        options.presolve = presolve
        #expect(try Solver.solve(TestModels.lpInfeasible(), options: options).status == .infeasible)
        options.relaxIntegrality = true
        #expect(try Solver.solve(TestModels.lpInfeasible(), options: options).status == .infeasible)
    }

    @Test(arguments: [true, false])
    func unbounded(presolve: Bool) throws {
        var options = SolveOptions()
        options.presolve = presolve
        let result = try Solver.solve(TestModels.unbounded(), options: options)
        #expect(result.status == .unbounded)
        #expect(result.termination == .completed)
        #expect(result.values.isEmpty)
        options.relaxIntegrality = true
        #expect(try Solver.solve(TestModels.unbounded(), options: options).status == .unbounded)
    }

    @Test func unboundedWithStartingSolution() throws {
        var options = SolveOptions()
        options.startingSolution = [1, 0]
        #expect(try Solver.solve(TestModels.unbounded(), options: options).status == .unbounded)
    }

    @Test func infeasibleWithStartingSolutionIsAnInvalidOption() throws {
        var options = SolveOptions()
        options.startingSolution = [2, 2]
        #expect {
            try Solver.solve(TestModels.lpInfeasible(), options: options)
        } throws: { error in
            guard case MIPError.invalidOption(let message) = error else { return false }
            return message.contains("at most")
        }
    }
}
