import Foundation
import Testing

@testable import CTGGenerator

/// `kill -9` at seeded random moments of `solve` and `replan` with every
/// output on: once the next command has read the folder (it finishes or
/// undoes the killed run from its `CommitJournal`), the folder is exactly the
/// earlier set or exactly the new one — no mix, no temporary file. The
/// staging pause (test-only hook) widens the window in which files are staged
/// but not renamed; the kill moments spread over 1.25 times a complete run,
/// so that some land after it.
@Suite struct CrashConsistencyTests {
    static let points = 20
    let pause = ["CTG_PLANNER_TEST_PAUSE_STAGING_MS": "300"]

    /// The earlier set: a solve of tiny.yaml with an extra partner.
    func earlier() throws -> URL {
        let folder = try temporaryFolder()
        try Data(tinyWithObserver.utf8).write(to: folder.appendingPathComponent("instance.yaml"))
        let run = try ctgPlanner(
            ["solve", "instance.yaml"] + everyOutput, in: folder, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        try #require(run.status == 0, "\(run.stderr)")
        return folder
    }

    /// The second run: the partner removed, and a change that moves meetings
    /// (the CAF away on Fridays for `solve`, on 24 March for `replan`).
    func secondRun(_ command: String) -> [String] {
        let base =
            command == "solve"
            ? ["solve", "instance.yaml"]
            : [
                "replan", "instance.yaml", "--previous", "schedule.json", "--now", "2023-03-01T08:00", "--unavailable",
                "caf@2023-03-24",
            ]
        return base + everyOutput
    }

    func prepare(_ template: URL, for command: String) throws -> URL {
        let folder = try temporaryFolder()
        for (name, data) in try snapshot(template) {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let instance =
            command == "solve"
            ? tinyCAFAwayOnFridays : try String(contentsOfFile: instancePath("tiny.yaml"), encoding: .utf8)
        try Data(instance.utf8).write(to: folder.appendingPathComponent("instance.yaml"))
        return folder
    }

    @Test(arguments: ["solve", "replan"])
    func aKilledRunLeavesTheEarlierSetOrTheNewOne(command: String) throws {
        let template = try earlier()
        let environment = pause.merging(["SOURCE_DATE_EPOCH": "1700000500"]) { $1 }
        let reference = try prepare(template, for: command)
        let start = Date()
        let complete = try ctgPlanner(secondRun(command), in: reference, environment: environment)
        let duration = Date().timeIntervalSince(start)
        try #require(complete.status == 0, "\(complete.stderr)")
        let old = try snapshot(try prepare(template, for: command))
        let new = try snapshot(reference)
        try #require(old["schedule.json"] != new["schedule.json"])
        // Seeded, so that the kill moments are the same on every run.
        var generator = SplitMix64(seed: command == "solve" ? 18 : 1812)
        var outcomes: [String: Int] = [:]
        for _ in 0..<Self.points {
            let folder = try prepare(template, for: command)
            let process = try startCTGPlanner(secondRun(command), in: folder, environment: environment)
            usleep(UInt32(Double.random(in: 0...(duration * 1.25), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let killed = try snapshot(folder)
            // The next command that reads the folder finishes or undoes what the killed run left.
            _ = try ctgPlanner(["validate", "instance.yaml", "schedule.json"], in: folder)
            let after = try snapshot(folder)
            #expect(after == old || after == new, "\(command): \(differences(after, old: old, new: new))")
            let outcome =
                killed == old
                ? "old"
                : killed == new
                    ? "new"
                    : killed.keys.contains { $0.hasSuffix(".tmp") }
                        ? "staging interrupted" : "renames interrupted"
            outcomes[outcome, default: 0] += 1
        }
        print("crash consistency \(command): \(outcomes), run \(duration) s")
    }
}

/// The files in which `after` is neither the earlier set nor the new one.
func differences(_ after: [String: Data], old: [String: Data], new: [String: Data]) -> [String] {
    Set(after.keys).union(old.keys).union(new.keys).filter { after[$0] != old[$0] && after[$0] != new[$0] }.sorted()
}
