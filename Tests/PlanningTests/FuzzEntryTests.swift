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
}
