import Foundation
import Testing

/// `--report` and `--csv` on solve, and the `report` command on an existing schedule.
@Suite struct ReportCommandTests {
    private let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func solveWritesTheReportAndTheSpreadsheet() throws {
        let folder = try temporaryFolder()
        let run = try ctgPlanner(
            ["solve", instancePath("tiny.yaml"), "--quiet", "--report", "out/plan.html", "--csv", "out/plan.csv"],
            in: folder,
            environment: epoch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Écrit : out/plan.html") && run.stdout.contains("Écrit : out/plan.csv"))
        let html = try text(folder.appendingPathComponent("out/plan.html"))
        for assignment in assignments(try json(folder.appendingPathComponent("schedule.json"))) {
            #expect(html.contains(try #require(assignment["title"] as? String)))
        }
        #expect(html.contains("Pénalités : préférences des partenaires 3"))
        #expect(html.contains("mardi 14 novembre 2023 à 23h13"))
        let csv = try read(folder.appendingPathComponent("out/plan.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(
            String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 6)
    }

    @Test func reportOfAnExistingScheduleIsReproducible() throws {
        let folder = try temporaryFolder()
        #expect(try ctgPlanner(["solve", instancePath("tiny.yaml"), "--quiet"], in: folder).status == 0)
        for name in ["a.html", "b.html"] {
            let run = try ctgPlanner(
                ["report", instancePath("tiny.yaml"), "schedule.json", "-o", name, "--lang", "en"], in: folder,
                environment: epoch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Wrote: \(name)"))
        }
        let page = try read(folder.appendingPathComponent("a.html"))
        #expect(page == (try read(folder.appendingPathComponent("b.html"))))
        #expect(String(decoding: page, as: UTF8.self).contains("<html lang=\"en\">"))
        #expect(String(decoding: page, as: UTF8.self).contains("Penalties: partner preferences 3"))
    }

    @Test func reportRefusesAnInvalidSchedule() throws {
        let folder = try temporaryFolder()
        #expect(try ctgPlanner(["solve", instancePath("tiny.yaml"), "--quiet"], in: folder).status == 0)
        let file = folder.appendingPathComponent("schedule.json")
        let tampered = try text(file).replacingOccurrences(of: "\"objective\": 3", with: "\"objective\": 1")
        #expect(tampered != (try text(file)))
        try Data(tampered.utf8).write(to: file)
        let run = try ctgPlanner(["report", instancePath("tiny.yaml"), "schedule.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Le planning n'est pas valide"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
    }
}
