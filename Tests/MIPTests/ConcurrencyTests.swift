import Foundation
import MIP
import Testing

/// GLPK keeps its state per thread; solves on different threads must neither
/// share nor wait for each other.
@Suite("Concurrent solves")
struct ConcurrencyTests {
    /// Runs each closure on a thread of its own, all started together, and
    /// returns their results in order once all have finished.
    static func runTogether<Value: Sendable>(_ bodies: [@Sendable () throws -> Value]) throws -> [Value] {
        let results = Recorder<(Int, Result<Value, any Error>)>()
        let group = DispatchGroup()
        for (index, body) in bodies.enumerated() {
            group.enter()
            Thread {
                results.append((index, Result(catching: body)))
                group.leave()
            }.start()
        }
        group.wait()
        return try results.values.sorted { $0.0 < $1.0 }.map { try $0.1.get() }
    }

    /// Two time-limited solves on two threads each end at their own limit.
    @Test func twoTimeLimitedSolvesRunSideBySide() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: false).model
        var limited = SolveOptions()
        limited.timeLimit = 1
        let options = limited
        let solve: @Sendable () throws -> SolveResult = { try Solver.solve(model, options: options) }
        let results = try Self.runTogether([solve, solve])
        #expect(results.map(\.status) == [.timeLimitWithoutSolution, .timeLimitWithoutSolution])
    }

    @Test func manySmallSolvesAgreeWithTheirSequentialAnswers() throws {
        let models = [TestModels.knapsack(), TestModels.assignment(), TestModels.fractionalRelaxation()]
        let expected: [Double] = [280, 13, 2]
        let bodies: [@Sendable () throws -> [Double?]] = (0..<4).map { thread in
            {
                try (0..<25).map { round in
                    try Solver.solve(models[(thread + round) % models.count]).objective
                }
            }
        }
        let results = try Self.runTogether(bodies)
        for (thread, objectives) in results.enumerated() {
            #expect(objectives == (0..<25).map { expected[(thread + $0) % models.count] })
        }
    }
}
