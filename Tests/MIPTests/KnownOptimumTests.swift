import MIP
import Testing

@Suite("Models with a known optimum")
struct KnownOptimumTests {
    @Test func knapsack() throws {
        let result = try Solver.solve(TestModels.knapsack())
        #expect(result.status == .optimal)
        #expect(result.status.hasSolution)
        #expect(result.termination == .completed)
        #expect(result.objective == 280)
        #expect(result.bestBound == 280)
        #expect(result.gap == 0)
        #expect(result.values == TestModels.knapsackOptimum)
        #expect(!result.startingSolutionAccepted)
    }

    @Test func knapsackRelaxationIsFractional() throws {
        var options = SolveOptions()
        options.relaxIntegrality = true
        let result = try Solver.solve(TestModels.knapsack(), options: options)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, 290))
        #expect(result.values.contains { $0 != $0.rounded() })
        #expect(result.nodes == 0)
    }

    @Test func assignment() throws {
        let model = TestModels.assignment()
        let result = try Solver.solve(model)
        #expect(result.status == .optimal)
        #expect(result.objective == 13)
        #expect(isFeasible(result.values, for: model))
        let chosen = (0..<4).map { worker in (0..<4).first { result.values[4 * worker + $0] == 1 } }
        #expect(chosen == [1, 0, 2, 3])
    }

    @Test func linearProgram() throws {
        let model = TestModels.productionLP()
        let result = try Solver.solve(model)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, 36))
        #expect(isClose(result.values[0], 2))
        #expect(isClose(result.values[1], 6))
    }

    @Test func relaxationAndIntegerOptimumDiffer() throws {
        let model = TestModels.fractionalRelaxation()
        var relaxed = SolveOptions()
        relaxed.relaxIntegrality = true
        let lp = try Solver.solve(model, options: relaxed)
        #expect(lp.status == .optimal)
        #expect(isClose(lp.objective, 2.8))
        #expect(isClose(lp.values[0], 1.8))

        let mip = try Solver.solve(model)
        #expect(mip.status == .optimal)
        #expect(mip.objective == 2)
        #expect(isFeasible(mip.values, for: model))
    }

    /// Every branching and backtracking rule, with and without the
    /// presolver, reaches the same optimum on a model that needs branching.
    @Test(arguments: [Branching.firstFractional, .lastFractional, .mostFractional, .driebeckTomlin, .pseudocost])
    func everySearchStrategyFindsTheOptimum(branching: Branching) throws {
        for backtracking in [Backtracking.depthFirst, .breadthFirst, .bestLocalBound, .bestProjection] {
            for presolve in [true, false] {
                var options = SolveOptions()
                options.branching = branching
                options.backtracking = backtracking
                options.presolve = presolve
                options.cuts = []
                let result = try Solver.solve(TestModels.fractionalRelaxation(), options: options)
                #expect(result.objective == 2, "\(backtracking), presolve \(presolve)")
            }
        }
    }

    @Test func heuristicsAndCutsDoNotChangeTheOptimum() throws {
        var options = SolveOptions()
        options.cuts = Set(CutFamily.allCases)
        options.feasibilityPump = true
        options.proximitySearch = true
        options.proximityTimeLimit = 1
        options.relativeGap = 0
        let result = try Solver.solve(TestModels.knapsack(), options: options)
        #expect(result.objective == 280)
    }

    @Test func objectiveConstantIsIncluded() throws {
        var model = TestModels.knapsack()
        model.objectiveConstant = 7.5
        for relax in [false, true] {
            var options = SolveOptions()
            options.relaxIntegrality = relax
            let result = try Solver.solve(model, options: options)
            #expect(isClose(result.objective, relax ? 297.5 : 287.5))
            #expect(isClose(result.bestBound, relax ? 297.5 : 287.5))
        }
    }

    @Test func modelWithoutConstraints() throws {
        var model = Model(name: "bounds only")
        model.direction = .maximize
        model.objectiveConstant = 1
        let x = model.addVariable(name: "x", kind: .integer, upperBound: 4, objective: 2)
        let y = model.addVariable(name: "y", lowerBound: -3, upperBound: 2.5, objective: -1)
        let result = try Solver.solve(model)
        #expect(result.status == .optimal)
        #expect(result.objective == 12)
        #expect(result[x] == 4)
        #expect(result[y] == -3)
    }

    @Test func modelWithoutVariables() throws {
        var empty = Model(name: "empty")
        empty.objectiveConstant = 3
        let nothing = try Solver.solve(empty)
        #expect(nothing.status == .optimal)
        #expect(nothing.objective == 3)
        #expect(nothing.values.isEmpty)

        var satisfiable = empty
        satisfiable.addConstraint(name: "zero is at most one", [], .lessOrEqual(1))
        #expect(try Solver.solve(satisfiable).status == .optimal)

        var unsatisfiable = empty
        unsatisfiable.addConstraint(name: "zero is at least one", [], .greaterOrEqual(1))
        #expect(try Solver.solve(unsatisfiable).status == .infeasible)
    }

    @Test func rangeAndFixedBounds() throws {
        var model = Model(name: "ranges")
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: 2, upperBound: 2, objective: 1)
        let y = model.addVariable(name: "y", lowerBound: nil, objective: 1)
        model.addConstraint(name: "window", [(x, 1), (y, 1)], .range(3.5, 10))
        model.addConstraint(name: "point", [(y, 2)], .range(3, 3))
        let result = try Solver.solve(model)
        #expect(result.status == .optimal)
        #expect(result.values == [2, 1.5])
    }
}
