import Foundation
import MIP
import Testing

/// GLPK checks its clock once per round of a node; between two checks it
/// runs heuristics and cut generation, which at the root of a large model
/// take seconds. The search callback checks the clock at every call too.
@Suite("Time limit in the callback")
struct TimeLimitCallbackTests {
    /// A progress report that sleeps past the limit right after the root LP
    /// (the third callback: select, preprocess, row generation): GLPK alone
    /// would still call back for heuristics and cuts before its own check;
    /// the search ends at the first callback instead, as a time limit.
    @Test func theSearchEndsAtTheFirstCallbackPastTheLimit() throws {
        let model = TestModels.marketSplit(rows: 5, seed: 7, slack: false).model
        let limit = 0.3
        let reports = Recorder<MIP.Progress>()
        var options = SolveOptions()
        options.timeLimit = limit
        options.progressInterval = 0
        options.progress = { progress in
            reports.append(progress)
            if reports.values.count == 3 { Thread.sleep(forTimeInterval: 2 * limit) }
            return .proceed
        }
        let result = try Solver.solve(model, options: options)
        #expect(result.termination == .timeLimit)
        #expect(result.status == .timeLimitWithoutSolution)
        #expect(reports.values.count == 3, "no report after the limit: \(reports.values.map(\.elapsed))")
    }
}
