import Foundation
import Testing

/// A run that fails or is stopped changes nothing; one that succeeds leaves
/// its folders equal to what it wrote; two runs into one folder follow each other.
@Suite struct OutputTransactionTests {
    let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    func solvedFolder(instance: String = tinyWithObserver) throws -> URL {
        let folder = try temporaryFolder()
        try Data(instance.utf8).write(to: folder.appendingPathComponent("instance.yaml"))
        let run = try ctgPlanner(["solve", "instance.yaml"] + everyOutput, in: folder, environment: epoch)
        try #require(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func aFileThatCannotBeReplacedLeavesEveryOtherFileAsItWas() throws {
        let folder = try solvedFolder()
        let feed = folder.appendingPathComponent("feeds/partner-caf.ics")
        try FileManager.default.removeItem(at: feed)
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: false)
        let before = try snapshot(folder)
        let run = try ctgPlanner(
            ["solve", "instance.yaml"] + everyOutput + ["--reminder", "15"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1700000999"])
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("partner-caf.ics"))
        #expect(try snapshot(folder) == before)  // no temporary file left either
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalWhileStagingRemovesTheTemporaryFiles(signal: Int32, status: Int32) throws {
        let folder = try solvedFolder()
        let before = try snapshot(folder)
        let process = try startCTGPlanner(
            ["solve", "instance.yaml"] + everyOutput + ["--reminder", "15"], in: folder,
            environment: ["CTG_PLANNER_TEST_PAUSE_STAGING_MS": "20000"])
        #expect(waitForStaging(in: folder))
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == status)
        #expect(try snapshot(folder) == before)
    }

    @Test func aReplanRemovesTheFeedsAndInvitationsItNoLongerWritesAndNothingElse() throws {
        let folder = try solvedFolder()
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("feeds/partner-observateur.ics").path))
        for name in ["feeds/notes.txt", "feeds/mine.ics", "inv/caf/mine.ics"] {
            try Data("user's\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data(try String(contentsOfFile: instancePath("tiny.yaml"), encoding: .utf8).utf8).write(
            to: folder.appendingPathComponent("instance.yaml"))
        let run = try ctgPlanner(
            [
                "replan", "instance.yaml", "--previous", "schedule.json", "--now", "2023-03-01T08:00", "--unavailable",
                "caf@2023-03-24",
            ]
                + everyOutput, in: folder, environment: epoch)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try snapshot(folder)
        #expect(files["feeds/partner-observateur.ics"] == nil)
        #expect(files["feeds/partner-caf.ics"] != nil)
        for name in ["feeds/notes.txt", "feeds/mine.ics", "inv/caf/mine.ics"] { #expect(files[name] != nil, "\(name)") }
        let invitations = Set(
            files.keys.filter { $0.hasPrefix("inv/") && $0.hasSuffix(".ics") && !$0.hasSuffix("mine.ics") })
        let listed = String(decoding: files["inv/.ctg-planner-files"] ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(invitations == Set(listed.map { "inv/\($0)" }))
        #expect(files["inv/cabinet/lancement.ics"] == nil)  // not moved: no new invitation, the old one goes
    }

    @Test func aSecondRunIntoTheSameFolderWaitsForTheFirst() throws {
        let folder = try solvedFolder()
        let first = try startCTGPlanner(
            ["solve", "instance.yaml"] + everyOutput + ["--reminder", "15"], in: folder,
            environment: ["CTG_PLANNER_TEST_PAUSE_STAGING_MS": "1500", "SOURCE_DATE_EPOCH": "1700000001"])
        #expect(waitForStaging(in: folder))
        let second = try ctgPlanner(
            ["solve", "instance.yaml"] + everyOutput + ["--reminder", "30"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1700000002"])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.status == 0)
        #expect(
            second.stderr.contains("Une autre exécution de ctg-planner (pid \(first.processIdentifier))"),
            "\(second.stderr)")
        let files = try snapshot(folder)
        #expect(!files.keys.contains { $0.hasSuffix(".tmp") })
        for (name, data) in files where name.hasSuffix(".ics") {
            #expect(!String(decoding: data, as: UTF8.self).contains("DTSTAMP:20231114T221321Z"), "\(name)")
        }
        let calendar = String(decoding: files["calendar.ics"] ?? Data(), as: UTF8.self)
        #expect(calendar.contains("DTSTAMP:20231114T221322Z") && calendar.contains("-PT30M"))
    }
}
