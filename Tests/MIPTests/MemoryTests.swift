import CGLPK
import Foundation
import Testing

@testable import MIP

@Suite("Memory")
struct MemoryTests {
    /// GLPK's own accounting: blocks and bytes it holds in this thread's environment.
    static func glpkMemory() -> (blocks: Int32, bytes: Int) {
        var blocks: Int32 = 0
        var bytes = 0
        glp_mem_usage(&blocks, nil, &bytes, nil)
        return (blocks, bytes)
    }

    struct Usage: Sendable, Equatable {
        var blocks: Int32
        var bytes: Int
    }

    /// A thousand solves in one environment leave GLPK holding exactly what
    /// it held after the first; one problem kept alive shows up at once.
    @Test func thousandSolvesLeaveNoGLPKMemoryBehind() throws {
        let (afterFirst, afterAll, withLiveProblem) = try DedicatedThread.run(named: "memory-test") {
            try GLPKEnvironment.withEnvironment(log: nil) { environment in
                let model = TestModels.knapsack()
                _ = try Solver.solve(model, options: SolveOptions(), in: environment)
                let first = Self.glpkMemory()
                for _ in 0..<1000 {
                    _ = try Solver.solve(model, options: SolveOptions(), in: environment)
                }
                let all = Self.glpkMemory()
                let live = withExtendedLifetime(Problem(model, in: environment)) { Self.glpkMemory() }
                return (
                    Usage(blocks: first.blocks, bytes: first.bytes), Usage(blocks: all.blocks, bytes: all.bytes),
                    Usage(blocks: live.blocks, bytes: live.bytes)
                )
            }
        }
        #expect(afterAll == afterFirst)
        #expect(withLiveProblem.blocks > afterAll.blocks)
    }

    /// Whatever a scope leaves in GLPK — here a problem never deleted — is
    /// gone with its environment; the next scope on the thread starts empty.
    @Test func environmentIsFreedWhenItsScopeEnds() throws {
        let (leftBehind, nextScope) = try DedicatedThread.run(named: "memory-test") {
            let leftBehind = try GLPKEnvironment.withEnvironment(log: nil) { _ in
                _ = glp_create_prob()
                return Self.glpkMemory().blocks
            }
            let nextScope = try GLPKEnvironment.withEnvironment(log: nil) { _ in Self.glpkMemory().blocks }
            return (leftBehind, nextScope)
        }
        #expect(leftBehind > 0)
        #expect(nextScope == 0)
    }

    static func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let pages = try #require(Int(statm.split(separator: " ")[1]))
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The whole path — thread, environment, problem, `glp_free_env` — a
    /// thousand times. Each solve has GLPK allocate far more than the
    /// allowance divided by a thousand, so a leaked problem or environment
    /// would exceed it many times over.
    @Test func thousandSolverCallsKeepResidentMemoryFlat() throws {
        let model = TestModels.largeAssignment(size: 20)
        let peakPerSolve = try DedicatedThread.run(named: "memory-test") {
            try GLPKEnvironment.withEnvironment(log: nil) { environment in
                _ = try Solver.solve(model, options: SolveOptions(), in: environment)
                var peak = 0
                glp_mem_usage(nil, nil, nil, &peak)
                return peak
            }
        }
        // Generous against the noise of tests running in parallel in the same process.
        let allowance = 128 << 20
        #expect(peakPerSolve * 1000 > 4 * allowance, "peak per solve \(peakPerSolve)")

        for _ in 0..<50 {
            _ = try Solver.solve(model)
        }
        let before = try Self.residentBytes()
        for _ in 0..<1000 {
            #expect(try Solver.solve(model).status == .optimal)
        }
        let after = try Self.residentBytes()
        #expect(after - before < allowance)
    }
}
