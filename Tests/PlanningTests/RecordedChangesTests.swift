import Foundation
import Testing

@testable import CTGCore
@testable import CTGSolver

/// The `changes` a previous schedule carries are applied again by the next
/// re-plan: one that no longer reads is an input error at its own line of
/// that file, not at a command-line option.
@Suite struct RecordedChangesTests {
    let instance: Instance
    let first: Schedule

    init() throws {
        instance = try InstanceLoader.parse(ReplannerTests.yaml, file: "test.yaml")
        first = try solveOptimal(ReplannerTests.yaml).0.schedule
    }

    /// The first schedule written with `changes` and read back from `previous.json`.
    func previous(_ changes: [ChangeRecord]) throws -> (schedule: Schedule, text: String) {
        var schedule = first
        schedule.changes = changes
        let text = schedule.jsonText()
        return (try ScheduleReader.parse(text, file: "previous.json"), text)
    }

    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    func replanDiagnostics(_ previous: Schedule) throws -> [Diagnostic] {
        let request = Replanner.Request(
            instance: instance, previous: previous, now: ReplannerTests.now, edits: [], options: Planner.Options())
        do {
            _ = try Replanner.replan(request)
            Issue.record("the re-plan went ahead")
            return []
        } catch let error as InputError {
            return error.diagnostics
        }
    }

    @Test(
        "A recorded edit that does not read, or names an unknown partner, room or meeting, is blamed on its changes[i].value",
        arguments: [
            ("unavailable", "a", "expected PARTNER@DATE"), ("unavailable", "zz@2023-01-04", "unknown partner \"zz\""),
            ("room-closed", "r9@2023-01-04", "unknown room \"r9\""), ("cancel", "", "expected a meeting id"),
            ("cancel", "m9", "unknown meeting \"m9\""),
        ])
    func badValue(kind: String, value: String, message: String) throws {
        let good = ChangeRecord(kind: "unavailable", value: "c@2023-01-06", at: "2023-01-02T08:00:00+01:00")
        let bad = ChangeRecord(kind: kind, value: value, at: "2023-01-02T09:00:00+01:00")
        let (schedule, text) = try previous([good, bad])
        let diagnostics = try replanDiagnostics(schedule)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.file == "previous.json")
        #expect(diagnostic.path == "changes[1].value")
        #expect(diagnostic.location.line == line(of: "\"value\": \"\(value)\"", in: text), "\(text)")
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test("An unknown kind of change is an input error at its line, not silently skipped")
    func unknownKind() throws {
        var schedule = first
        schedule.changes = [ChangeRecord(kind: "teleport", value: "m1@2023-01-06", at: "2023-01-02T08:00:00+01:00")]
        let text = schedule.jsonText()
        do {
            _ = try ScheduleReader.parse(text, file: "previous.json")
            Issue.record("the schedule was read")
        } catch let error as InputError {
            #expect(error.diagnostics.map(\.path) == ["changes[0].kind"])
            #expect(error.diagnostics.map(\.location.line) == [line(of: "\"teleport\"", in: text)])
            #expect(error.diagnostics.first?.message.contains("unavailable, room-closed, cancel") == true)
        }
    }

    @Test("Edits made in the file (kind instance) are history: read, kept, not applied")
    func instanceKind() throws {
        let record = ChangeRecord(kind: "instance", value: "moved m3", at: "2023-01-02T08:00:00+01:00")
        let (schedule, _) = try previous([record])
        #expect(schedule.changes == [record])
        var options = Planner.Options()
        options.timeLimit = 30
        let outcome = try Replanner.replan(
            Replanner.Request(
                instance: instance, previous: schedule, now: ReplannerTests.now, edits: [], options: options))
        guard case .solved(let result) = outcome else {
            Issue.record("no schedule")
            return
        }
        #expect(result.schedule.changes == [record])
    }
}
