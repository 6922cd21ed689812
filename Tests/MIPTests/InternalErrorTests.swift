import CGLPKShim
import Testing

@testable import MIP

/// GLPK aborts the process on an internal error unless its error hook jumps
/// out; the shim does that around its guarded calls.
@Suite("GLPK internal errors")
struct InternalErrorTests {
    /// What one thread saw: the error from the provoked failure, whether the
    /// environment was still usable, and a solve afterwards.
    struct Outcome: Sendable {
        var error: String?
        var usableAfterError: Bool
        var objectiveAfterwards: Double?
    }

    @Test func internalErrorThrowsAndTheThreadRecovers() throws {
        let outcome = try DedicatedThread.run(named: "internal-error-test") {
            var outcome = Outcome(error: nil, usableAfterError: true, objectiveAfterwards: nil)
            try GLPKEnvironment.withEnvironment(log: nil) { environment in
                // The problem outlives the failure: its deinit must not call
                // glp_delete_prob on the dead environment.
                let problem = Problem(TestModels.knapsack(), in: environment)
                do {
                    _ = try environment.guarded { failed in ctg_glp_provoke_error(problem.pointer, failed) }
                } catch {
                    outcome.error = "\(error)"
                }
                outcome.usableAfterError = environment.isUsable
            }
            // Same thread, new environment.
            outcome.objectiveAfterwards = try GLPKEnvironment.withEnvironment(log: nil) { environment in
                try Solver.solve(TestModels.knapsack(), options: SolveOptions(), in: environment).objective
            }
            return outcome
        }
        let error = try #require(outcome.error)
        #expect(error.hasPrefix("GLPK internal error:"))
        #expect(error.contains("glp_add_cols"))
        #expect(!outcome.usableAfterError)
        #expect(outcome.objectiveAfterwards == 280)
    }

    @Test func solverStillWorksAfterAnotherThreadFailed() throws {
        _ = try DedicatedThread.run(named: "internal-error-test") {
            try? GLPKEnvironment.withEnvironment(log: nil) { environment in
                let problem = Problem(TestModels.knapsack(), in: environment)
                _ = try environment.guarded { failed in ctg_glp_provoke_error(problem.pointer, failed) }
            }
        }
        #expect(try Solver.solve(TestModels.assignment()).objective == 13)
    }
}
