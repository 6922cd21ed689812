import Foundation
import Testing

@Suite struct SolveCommandTests {
    @Test func solvesTheTinyInstanceToItsKnownOptimumAndValidatesIt() throws {
        let folder = try temporaryFolder()
        let run = try ctgPlanner(["solve", instancePath("tiny.yaml"), "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let schedule = try json(folder.appendingPathComponent("schedule.json"))
        #expect(schedule["status"] as? String == "optimal")
        #expect(schedule["objective"] as? Int == 3)  // worked out by hand in tiny.yaml's header
        #expect(assignments(schedule).count == 6)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("calendar.ics").path))
        #expect(run.stderr.isEmpty)  // --quiet
        let check = try ctgPlanner(["validate", instancePath("tiny.yaml"), "schedule.json"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func solvesTheBundledInstanceToProvenOptimality() throws {
        let folder = try temporaryFolder()
        let run = try ctgPlanner(["solve", instancePath("ctg-2022-2023.yaml"), "--lang", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let schedule = try json(folder.appendingPathComponent("schedule.json"))
        #expect(schedule["status"] as? String == "optimal")
        #expect(schedule["objective"] as? Int == 142)
        #expect(schedule["bound"] as? Int == 142)
        #expect(assignments(schedule).count == 49)
        #expect(run.stdout.contains("Status: optimal"))
        #expect(run.stderr.contains("branch-and-bound") || run.stderr.contains("search"))
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let first = try temporaryFolder()
        let second = try temporaryFolder()
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        for folder in [first, second] {
            let run = try ctgPlanner(
                ["solve", instancePath("tiny.yaml"), "--quiet", "--feeds", "feeds"], in: folder,
                environment: environment)
            #expect(run.status == 0)
        }
        for file in ["schedule.json", "calendar.ics", "feeds/partner-caf.ics"] {
            #expect(
                try read(first.appendingPathComponent(file)) == read(second.appendingPathComponent(file)), "\(file)")
        }
        let calendar = try String(contentsOf: first.appendingPathComponent("calendar.ics"), encoding: .utf8)
        #expect(calendar.contains("DTSTAMP:20231114T221320Z"))
    }

    @Test func invalidInputExitsTwoAndLeavesEarlierFilesUntouched() throws {
        let folder = try temporaryFolder()
        let earlier = Data("earlier run\n".utf8)
        try earlier.write(to: folder.appendingPathComponent("schedule.json"))
        try earlier.write(to: folder.appendingPathComponent("calendar.ics"))
        let bad = folder.appendingPathComponent("bad.yaml")
        try Data(
            "version: 1\nname: X\nhorizon: {from: 2023-01-01, to: 2022-01-01}\ncalendar: {slots: []}\nbogus: 1\n".utf8
        ).write(to: bad)
        let run = try ctgPlanner(["solve", bad.path], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.yaml:"))
        #expect(run.stderr.split(separator: "\n").count >= 2)  // every problem, not only the first
        #expect(try read(folder.appendingPathComponent("schedule.json")) == earlier)
        #expect(try read(folder.appendingPathComponent("calendar.ics")) == earlier)
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try temporaryFolder()
        #expect(try ctgPlanner(["solve", instancePath("tiny.yaml"), "--no-such-option"], in: folder).status == 2)
        #expect(try ctgPlanner(["solve"], in: folder).status == 2)
        #expect(try ctgPlanner(["solve", instancePath("tiny.yaml"), "--gap", "-1"], in: folder).status == 2)
        #expect(try ctgPlanner(["--help"], in: folder).status == 0)
    }

    @Test func outOfRangeLimitsAreExplainedNotReportedMissing() throws {
        let folder = try temporaryFolder()
        let tiny = instancePath("tiny.yaml")
        for (arguments, message) in [
            (["--gap", "-1"], "--gap must be a fraction between 0 and 1"),
            (["--gap", "1.5"], "--gap must be a fraction between 0 and 1"),
            (["--gap", "nan"], "--gap must be a fraction between 0 and 1"),
            (["--time-limit", "-5"], "--time-limit must be a positive number of seconds"),
            (["--time-limit", "nan"], "--time-limit must be a positive number of seconds"),
        ] {
            let run = try ctgPlanner(["solve", tiny, "--quiet"] + arguments, in: folder)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Missing value"), "\(arguments): \(run.stderr)")
        }
        let explain = try ctgPlanner(["explain", tiny, "--probe-time-limit", "-1"], in: folder)
        #expect(explain.status == 2)
        #expect(explain.stderr.contains("--probe-time-limit must be a positive number of seconds"), "\(explain.stderr)")
    }

    @Test func aProvenlyInfeasibleInstanceExitsOne() throws {
        let folder = try temporaryFolder()
        let text = """
            version: 1
            name: Impossible
            horizon: {from: 2023-01-02, to: 2023-01-02}
            calendar: {slots: [{id: am, start: "09:00", end: "12:00"}]}
            partners: [{id: a}]
            rooms: [{id: r, capacity: 5}]
            meetings:
              - {id: m1, title: One, attendees: {required: [a]}}
              - {id: m2, title: Two, attendees: {required: [a]}}
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("impossible.yaml"))
        let run = try ctgPlanner(["solve", "impossible.yaml", "--quiet"], in: folder)
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("schedule.json").path))
    }

    @Test func checkPrintsTheSummary() throws {
        let run = try ctgPlanner(
            ["check", instancePath("ctg-2022-2023.yaml"), "--lang", "en"], in: try temporaryFolder())
        #expect(run.status == 0)
        #expect(run.stdout.contains("49 meetings after series expansion"))
        #expect(run.stdout.contains("Most constrained meetings"))
    }
}
