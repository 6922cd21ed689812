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
        for (option, path) in [
            ("-o", "/dev/null"), ("--csv", "pipe"), ("--report", "/dev/full"), ("-o", "dir.ics"),
            ("--feeds", "feedfile"),
        ] {
            let before = try snapshot(folder)
            let run = try ctgPlanner(["solve", "tiny.yaml", option, path, "--quiet"], in: folder)
            #expect(run.status == 2, "\(option) \(path)")
            #expect(run.stderr.contains("\(option) : \(path)"), "\(run.stderr)")
            #expect(try snapshot(folder) == before)
        }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let export = try ctgPlanner(["export-model", "tiny.yaml", "--format", "lp", "-o", "/dev/null"], in: folder)
        #expect(export.status == 2)
    }

    @Test func replanMayReplaceThePreviousScheduleItStartsFrom() throws {
        let folder = try folderWithInstance()
        #expect(try ctgPlanner(["solve", "tiny.yaml", "--quiet"], in: folder).status == 0)
        let run = try ctgPlanner(
            ["replan", "tiny.yaml", "--previous", "schedule.json", "--now", "2023-03-01T08:00", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
