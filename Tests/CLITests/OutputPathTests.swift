import Foundation
import Testing

/// Outputs never replace an input nor each other, and never a device, a pipe or a folder.
@Suite struct OutputPathTests {
    func folderWithInstance() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            atPath: instancePath("tiny.yaml"), toPath: folder.appendingPathComponent("tiny.yaml").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: "tiny.yaml")
        return folder
    }

    @Test(arguments: [
        ["solve", "tiny.yaml", "-o", "tiny.yaml"], ["solve", "tiny.yaml", "--schedule", "./tiny.yaml"],
        ["solve", "tiny.yaml", "--report", "sub/../tiny.yaml"], ["solve", "tiny.yaml", "--csv", "link.yaml"],
        ["solve", "link.yaml", "--csv", "tiny.yaml"],
        ["report", "tiny.yaml", "p.json", "-o", "tiny.yaml"],
        ["export-model", "tiny.yaml", "--format", "lp", "-o", "tiny.yaml"],
        ["replan", "tiny.yaml", "--previous", "p.json", "-o", "p.json"],
    ])
    func anOutputNamingAnInputIsAUsageErrorAndWritesNothing(arguments: [String]) throws {
        let folder = try folderWithInstance()
        try Data("{}".utf8).write(to: folder.appendingPathComponent("p.json"))
        let before = try snapshot(folder)
        let run = try ctgPlanner(arguments + ["--lang", "en"], in: folder)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("name the same file"), "\(run.stderr)")
        #expect(try snapshot(folder) == before)
    }

    @Test func twoOutputsNamingOneFileAreAUsageErrorNamingBoth() throws {
        let folder = try folderWithInstance()
        let before = try snapshot(folder)
        let clash = try ctgPlanner(["solve", "tiny.yaml", "-o", "x", "--schedule", "x", "--quiet"], in: folder)
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("--schedule") && clash.stderr.contains("-o"), "\(clash.stderr)")
        let inside = try ctgPlanner(
            ["solve", "tiny.yaml", "--feeds", "f", "--report", "f/r.html", "--quiet", "--lang", "en"], in: folder)
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("--report (f/r.html) is inside the folder of --feeds"), "\(inside.stderr)")
        #expect(try snapshot(folder) == before)
    }

    @Test func aDevicePipeOrFolderAsOutputIsRefusedBeforeAnyWork() throws {
        let folder = try folderWithInstance()
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o644) == 0)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("dir.ics"), withIntermediateDirectories: false)
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("feedfile"))
        let null = try deviceNode("null", minor: 3, in: folder)
        let full = try deviceNode("full", minor: 7, in: folder)
        for (option, path) in [
            ("-o", null), ("--csv", "pipe"), ("--report", full), ("-o", "dir.ics"), ("--feeds", "feedfile"),
        ] {
            let before = try snapshot(folder)
            let run = try ctgPlanner(["solve", "tiny.yaml", option, path, "--quiet"], in: folder)
            #expect(run.status == 2, "\(option) \(path)")
            #expect(run.stderr.contains("\(option) : \(path)"), "\(run.stderr)")
            #expect(try snapshot(folder) == before)
        }
        for path in [null, full] {
            var status = stat()
            #expect(stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "\(path) is still a device")
        }
        let export = try ctgPlanner(["export-model", "tiny.yaml", "--format", "lp", "-o", null], in: folder)
        #expect(export.status == 2)
    }

    /// A character device like /dev/null (minor 3) or /dev/full (minor 7),
    /// made in `folder` when running as root, so that a regression replaces
    /// the test's node and never the system's; as another user the system's
    /// own, which that user cannot replace.
    func deviceNode(_ name: String, minor: UInt, in folder: URL) throws -> String {
        guard getuid() == 0 else { return "/dev/\(name)" }
        let path = folder.appendingPathComponent(name).path
        try #require(mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0, "mknod \(path)")
        return path
    }

    @Test func replanMayReplaceThePreviousScheduleItStartsFrom() throws {
        let folder = try folderWithInstance()
        #expect(try ctgPlanner(["solve", "tiny.yaml", "--quiet"], in: folder).status == 0)
        let run = try ctgPlanner(
            ["replan", "tiny.yaml", "--previous", "schedule.json", "--now", "2023-03-01T08:00", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
