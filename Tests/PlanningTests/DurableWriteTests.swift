import Foundation
import Testing

@testable import CTGOutput

@Suite struct DurableWriteTests {
    /// A full disk is an error naming the file, not a short file.
    @Test func aFullDiskIsReported() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(throws: OutputError.self) {
            try DurableWrite.write(Data(repeating: 65, count: 100_000), to: descriptor, path: "x.ics")
        }
        do {
            try DurableWrite.write(Data("x".utf8), to: descriptor, path: "x.ics")
        } catch {
            #expect(error.reason == String(cString: strerror(ENOSPC)))
            #expect(error.path == "x.ics")
        }
    }

    /// Staging into a folder that cannot take the file leaves nothing, not even the folders it made.
    @Test func aFailedStagingTakesBackTheFoldersItMade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-durable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("a/b.ics"), withIntermediateDirectories: true)
        let transaction = OutputTransaction(files: [
            (folder.appendingPathComponent("new/x.ics").path, Data("x".utf8)),
            (folder.appendingPathComponent("a/b.ics").path, Data("y".utf8)),
        ])
        #expect(throws: OutputError.self) { try transaction.commit() }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a"])
    }
}
