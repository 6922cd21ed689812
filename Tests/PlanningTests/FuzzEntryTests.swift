import Foundation
import Testing

@testable import CTGCore

/// The fuzz targets' doors answer as the command line does: a good file is
/// accepted, garbage is an input error (false), never a trap.
@Suite struct FuzzEntryTests {
    private func bytes(_ relativePath: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent(relativePath))
    }

    @Test func instanceReader() throws {
        #expect(FuzzEntry.instance(try bytes("instances/tiny.yaml")))
        #expect(!FuzzEntry.instance(try bytes("instances/invalid/bad-date.yaml")))
        #expect(!FuzzEntry.instance(Data([0xFF, 0xFE, 0x00])))
    }

    @Test func scheduleReader() throws {
        #expect(FuzzEntry.schedule(try bytes("Fuzz/Seeds/schedule/tiny-solve.json")))
        #expect(!FuzzEntry.schedule(Data("{\"version\": 2}".utf8)))
        #expect(!FuzzEntry.schedule(Data([0xC3])))
    }

    /// Found by fuzz-instance (a timeout under the sanitizers): 3200 sessions
    /// with no room at all, each needing a "no room fits" reason. Inside the
    /// limits, so it must end in one input error per session, not run away.
    @Test func thousandsOfSessionsWithoutARoom() {
        let series = (0..<32).map { "  - {<<: *series, id: s\($0)}" }.joined(separator: "\n")
        let text = """
            version: 1
            name: "Too many meetings after series expansion"
            horizon: {from: 2022-06-01, to: 2023-04-30}
            calendar:
              slots:
                - {id: morning, start: "09:00", end: "12:00"}
            x-series: &series {title: S, sessions: 100}
            meetings:

            """ + series + "\n"
        #expect(diagnostics(of: text).count == 3200)
    }
}
