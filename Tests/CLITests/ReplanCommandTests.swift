import Foundation
import Testing

/// Re-planning through the command line, on the bundled instance.
@Suite struct ReplanCommandTests {
    let instance = instancePath("ctg-2022-2023.yaml")

    /// Solves the bundled instance into a fresh folder.
    func solved() throws -> URL {
        let folder = try temporaryFolder()
        let run = try ctgPlanner(
            ["solve", instance, "--quiet"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        try #require(run.status == 0, "\(run.stderr)")
        return folder
    }

    func meeting(_ id: String, in schedule: [String: Any]) -> [String: Any]? {
        assignments(schedule).first { $0["meeting"] as? String == id }
    }

    @Test func aPartnerUnavailabilityMovesExactlyTheMeetingItHits() throws {
        let folder = try solved()
        let before = try json(folder.appendingPathComponent("schedule.json"))
        // A CAF meeting after 2 November, the CAF now unavailable that day.
        let target = try #require(
            assignments(before).first {
                ($0["required"] as? [String] ?? []).contains("caf") && ($0["date"] as? String ?? "") > "2022-11-02"
            })
        let date = try #require(target["date"] as? String)
        let id = try #require(target["meeting"] as? String)
        let run = try ctgPlanner(
            [
                "replan", instance, "--previous", "schedule.json", "--now", "2022-11-02T08:00", "--unavailable",
                "caf@\(date)",
                "--schedule", "replanned.json", "-o", "replanned.ics", "--quiet", "--lang", "en",
            ],
            in: folder, environment: ["SOURCE_DATE_EPOCH": "1700000100"])
        #expect(run.status == 0, "\(run.stderr)")
        let after = try json(folder.appendingPathComponent("replanned.json"))
        let moved = assignments(after).filter { a in
            let b = meeting(a["meeting"] as! String, in: before)!
            return a["date"] as? String != b["date"] as? String || a["slot"] as? String != b["slot"] as? String
        }
        #expect(moved.map { $0["meeting"] as? String } == [id])
        #expect(moved.first?["sequence"] as? Int == 1)
        #expect(after["objective"] as? Int == (before["objective"] as! Int) + 100)
        #expect(after["status"] as? String == "optimal")
        #expect(run.stdout.contains("1 meeting(s) moved"))
        // Every uid survives.
        #expect(
            Set(assignments(after).compactMap { $0["uid"] as? String })
                == Set(assignments(before).compactMap { $0["uid"] as? String }))
        let changes = try #require(after["changes"] as? [[String: Any]])
        #expect(changes.first?["kind"] as? String == "unavailable")
        let check = try ctgPlanner(
            ["validate", instance, "replanned.json", "--previous", "schedule.json", "--now", "2022-11-02T08:00"],
            in: folder)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func frozenMeetingsStayEvenWhenTheEditForbidsThem() throws {
        let folder = try solved()
        let before = try json(folder.appendingPathComponent("schedule.json"))
        let past = try #require(
            assignments(before).first {
                ($0["required"] as? [String] ?? []).contains("caf") && ($0["date"] as? String ?? "") < "2022-10-01"
            })
        let run = try ctgPlanner(
            [
                "replan", instance, "--previous", "schedule.json", "--now", "2022-11-02T08:00", "--unavailable",
                "caf@\(past["date"] as! String)", "--schedule", "r.json", "-o", "r.ics", "--quiet", "--lang", "en",
            ],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let after = try json(folder.appendingPathComponent("r.json"))
        let kept = try #require(meeting(past["meeting"] as! String, in: after))
        #expect(kept["start"] as? String == past["start"] as? String)
        #expect(kept["sequence"] as? Int == 0)
        #expect(run.stdout.contains("already took place"))
    }

    @Test func cancellingAndReplanningKeepsUidsAndGrowsSequences() throws {
        let folder = try solved()
        let original = try json(folder.appendingPathComponent("schedule.json"))
        let environment = ["SOURCE_DATE_EPOCH": "1700000200"]
        // Three re-plans in a row, each on the previous result, each writing over it.
        let steps: [[String]] = [
            ["--cancel", "gt-culture#2"],
            ["--room-closed", "salle-conseil@2022-11-01..2022-12-31"],
            [],
        ]
        for step in steps {
            let run = try ctgPlanner(
                ["replan", instance, "--previous", "schedule.json", "--now", "2022-10-20T08:00", "--quiet"] + step,
                in: folder,
                environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let final = try json(folder.appendingPathComponent("schedule.json"))
        let cancelled = try #require(final["cancelled"] as? [[String: Any]])
        let culture = try #require(cancelled.first { $0["meeting"] as? String == "gt-culture#2" })
        let originalCulture = try #require(meeting("gt-culture#2", in: original))
        #expect(culture["uid"] as? String == originalCulture["uid"] as? String)
        #expect(culture["sequence"] as? Int == 1)  // carried over unchanged by the later re-plans
        for assignment in assignments(final) {
            let id = assignment["meeting"] as! String
            #expect(assignment["uid"] as? String == meeting(id, in: original)?["uid"] as? String)
        }
        #expect((final["changes"] as? [[String: Any]])?.count == 2)  // history kept
        let calendar = try String(contentsOf: folder.appendingPathComponent("calendar.ics"), encoding: .utf8)
        let event = try #require(
            calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:gt-culture#2") })
        #expect(event.contains("STATUS:CANCELLED"))
        #expect(event.contains("SEQUENCE:1"))
    }

    @Test func aFailingReplanLeavesThePreviousFilesByteIdentical() throws {
        let folder = try solved()
        let schedule = try read(folder.appendingPathComponent("schedule.json"))
        let calendar = try read(folder.appendingPathComponent("calendar.ics"))
        // Every required partner of the seminar unavailable for the whole phase: no schedule.
        let run = try ctgPlanner(
            [
                "replan", instance, "--previous", "schedule.json", "--now", "2022-07-01T08:00", "--quiet",
                "--unavailable", "caf@2022-07-02..2023-04-30",
            ],
            in: folder)
        #expect(run.status == 1 || run.status == 2)
        #expect(try read(folder.appendingPathComponent("schedule.json")) == schedule)
        #expect(try read(folder.appendingPathComponent("calendar.ics")) == calendar)
    }

    /// What took place cannot be cancelled: exit 2 naming the `--cancel`
    /// value, nothing written (before, it was dropped and validate then
    /// rejected the re-plan).
    @Test func cancellingAMeetingThatTookPlaceIsAnInputError() throws {
        let folder = try solved()
        let before = try json(folder.appendingPathComponent("schedule.json"))
        let schedule = try read(folder.appendingPathComponent("schedule.json"))
        let calendar = try read(folder.appendingPathComponent("calendar.ics"))
        let past = try #require(assignments(before).first { ($0["date"] as? String ?? "") < "2022-10-01" })
        let id = try #require(past["meeting"] as? String)
        let run = try ctgPlanner(
            [
                "replan", instance, "--previous", "schedule.json", "--now", "2022-11-02T08:00", "--cancel", id,
                "--quiet", "--lang", "en",
            ],
            in: folder)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("--cancel \(id)"), "\(run.stderr)")
        #expect(run.stderr.contains("already took place"), "\(run.stderr)")
        #expect(try read(folder.appendingPathComponent("schedule.json")) == schedule)
        #expect(try read(folder.appendingPathComponent("calendar.ics")) == calendar)
    }

    /// A series cancelled part-way keeps the sessions that took place, as
    /// they were, and cancels the others.
    @Test func cancellingASeriesPartWayKeepsTheSessionsThatTookPlace() throws {
        let folder = try solved()
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("schedule.json"), to: folder.appendingPathComponent("previous.json"))
        let before = try json(folder.appendingPathComponent("schedule.json"))
        let sessions = assignments(before).filter { ($0["meeting"] as? String ?? "").hasPrefix("gt-culture#") }
            .sorted { ($0["start"] as! String) < ($1["start"] as! String) }
        try #require(sessions.count >= 2)
        let first = sessions[0]
        try #require((first["date"] as! String) < (sessions[1]["date"] as! String))
        let now = "\(sessions[1]["date"] as! String)T00:00"
        let run = try ctgPlanner(
            [
                "replan", instance, "--previous", "previous.json", "--now", now, "--cancel", "gt-culture", "--quiet",
                "--lang", "en",
            ],
            in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let after = try json(folder.appendingPathComponent("schedule.json"))
        let kept = try #require(meeting(first["meeting"] as! String, in: after))
        #expect(kept["start"] as? String == first["start"] as? String)
        #expect(kept["sequence"] as? Int == first["sequence"] as? Int)
        let cancelled = Set((after["cancelled"] as? [[String: Any]] ?? []).compactMap { $0["meeting"] as? String })
        #expect(cancelled == Set(sessions.dropFirst().compactMap { $0["meeting"] as? String }))
        // The tool's own checks accept what it wrote: the cancellations it records apply to the instance.
        let validate = try ctgPlanner(
            ["validate", instance, "schedule.json", "--previous", "previous.json", "--now", now, "--lang", "en"],
            in: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let report = try ctgPlanner(["report", instance, "schedule.json", "-o", "plan.html"], in: folder)
        #expect(report.status == 0, "\(report.stdout)\(report.stderr)")
    }
}
