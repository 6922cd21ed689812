import MIP
import Testing

@Suite("Progress callback")
struct ProgressTests {
    @Test func reportsIncumbentsAndPeriodicSnapshots() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: true).model
        let reports = Recorder<Progress>()
        var options = SolveOptions()
        options.timeLimit = 1
        options.progressInterval = 0.1
        options.progress = { progress in
            reports.append(progress)
            return .proceed
        }
        let result = try Solver.solve(model, options: options)
        let all = reports.values
        let incumbents = all.filter { $0.event == .newIncumbent }
        let periodic = all.filter { $0.event == .periodic }

        #expect(!incumbents.isEmpty)
        #expect(incumbents.allSatisfy { $0.incumbent != nil && $0.gap != nil })
        let values = incumbents.compactMap(\.incumbent)
        #expect(values == values.sorted(by: >), "each incumbent of a minimisation improves on the last")
        // The result is read back from the original problem after GLPK's
        // postsolve, so it may differ from the tree's value in the last bits.
        #expect(isClose(result.objective, try #require(values.last), tolerance: 1e-9))

        #expect(periodic.count >= 3)
        let times = all.map(\.elapsed)
        #expect(times == times.sorted())
        let periodicTimes = periodic.map(\.elapsed)
        #expect(zip(periodicTimes, periodicTimes.dropFirst()).allSatisfy { $1 - $0 >= 0.1 - 1e-9 })
        #expect(all.last!.nodes > 1)
        #expect(all.allSatisfy { $0.activeNodes <= $0.nodes })
        #expect(all.compactMap(\.bestBound).allSatisfy { $0 <= result.objective! + 1e-9 })
    }

    @Test func stopAtFirstIncumbentKeepsIt() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: true).model
        let reports = Recorder<Progress>()
        var options = SolveOptions()
        options.timeLimit = 10
        options.progress = { progress in
            reports.append(progress)
            return progress.event == .newIncumbent ? .stop : .proceed
        }
        let result = try Solver.solve(model, options: options)
        let first = try #require(reports.values.first { $0.event == .newIncumbent })
        #expect(result.termination == .stopped)
        #expect(result.status == .feasible)
        #expect(isClose(result.objective, try #require(first.incumbent), tolerance: 1e-9))
        #expect(isFeasible(result.values, for: model))
    }

    @Test func stopBeforeAnyIncumbent() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: false).model
        var options = SolveOptions()
        options.timeLimit = 10
        options.progressInterval = 0
        options.progress = { _ in .stop }
        let result = try Solver.solve(model, options: options)
        #expect(result.status == .stoppedWithoutSolution)
        #expect(result.termination == .stopped)
        #expect(result.values.isEmpty)
    }

    @Test func logReceivesGLPKOutputLineByLine() throws {
        let lines = Recorder<String>()
        var options = SolveOptions()
        options.log = { lines.append($0) }
        _ = try Solver.solve(TestModels.knapsack(), options: options)
        let output = lines.values
        #expect(output.contains { $0.contains("INTEGER OPTIMAL SOLUTION FOUND") })
        #expect(output.allSatisfy { !$0.contains("\n") })
    }
}
