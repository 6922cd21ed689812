import Foundation
import Testing

@Suite struct ValidateAndExportTests {
    @Test func validateRejectsAMovedMeetingAndAWrongObjective() throws {
        let folder = try temporaryFolder()
        #expect(try ctgPlanner(["solve", instancePath("tiny.yaml"), "--quiet"], in: folder).status == 0)
        var schedule = try json(folder.appendingPathComponent("schedule.json"))
        var list = assignments(schedule)
        // The pinned launch meeting moved to another date: constraint 9 (and the start no longer matches).
        let index = try #require(list.firstIndex { $0["meeting"] as? String == "lancement" })
        list[index]["date"] = "2023-03-09"
        schedule["assignments"] = list
        schedule["objective"] = 0
        try JSONSerialization.data(withJSONObject: schedule).write(to: folder.appendingPathComponent("broken.json"))
        let run = try ctgPlanner(["validate", instancePath("tiny.yaml"), "broken.json", "--lang", "en"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("constraint 9"))
        #expect(run.stdout.contains("Reported objective 0"))
    }

    @Test func validateNamesTheLineOfABadScheduleFile() throws {
        let folder = try temporaryFolder()
        try Data("{\n  \"version\": 1,\n  \"status\": 7\n}\n".utf8).write(to: folder.appendingPathComponent("bad.json"))
        let run = try ctgPlanner(["validate", instancePath("tiny.yaml"), "bad.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.json:3:"))
    }

    @Test(arguments: ["lp", "mps"])
    func exportedModelSolvesToTheSameOptimumWithGlpsol(format: String) throws {
        let glpsol = "/usr/bin/glpsol"
        try #require(FileManager.default.isExecutableFile(atPath: glpsol), "glpsol (glpk-utils) is needed")
        let folder = try temporaryFolder()
        let run = try ctgPlanner(
            ["export-model", instancePath("tiny.yaml"), "--format", format, "-o", "model.\(format)"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("model.\(format)"), encoding: .utf8)
        #expect(text.contains("partner_clash") || text.contains("one_start"))  // readable names
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        process.arguments = [format == "lp" ? "--lp" : "--freemps", "model.\(format)", "-o", "solution.txt"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let solution = try String(contentsOf: folder.appendingPathComponent("solution.txt"), encoding: .utf8)
        let objectiveLine = try #require(solution.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        #expect(objectiveLine.contains("= 3 "), "\(objectiveLine)")
        #expect(solution.contains("INTEGER OPTIMAL"))
    }
}
