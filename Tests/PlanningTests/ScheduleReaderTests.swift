import Foundation
import Testing

@testable import CTGCore

@Suite struct ScheduleReaderTests {
    /// A schedule using every field: bound, null room and site, cancellations
    /// with and without their extension fields, changes, and text that needs escaping.
    private func fullSchedule() throws -> Schedule {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e, objective: 42)
        schedule.status = .optimal
        schedule.bound = 40
        schedule.assignments[0].title = "Comité \"CTG\" —\nséance\t1 \\ fin \u{2028}"
        schedule.cancelled = [
            Cancellation(meeting: "wg#2", uid: "wg%232@ctg-planner", sequence: 1),
            Cancellation(
                meeting: "bilan", uid: "bilan@ctg-planner", sequence: 3, title: "Bilan",
                start: "2022-06-09T09:30:00+02:00", end: "2022-06-09T12:00:00+02:00"),
        ]
        schedule.changes = [
            ChangeRecord(kind: "unavailable", value: "caf@2022-06-10/morning", at: "2022-06-01T08:00:00+02:00")
        ]
        return schedule
    }

    /// The 1-based number of the first line of `text` containing `needle`.
    private func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    private func diagnostics(_ text: String, file: String = "schedule.json") -> [Diagnostic] {
        do {
            _ = try ScheduleReader.parse(text, file: file)
            return []
        } catch let error as InputError {
            return error.diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    @Test func roundTrip() throws {
        let schedule = try fullSchedule()
        #expect(try ScheduleReader.parse(schedule.jsonText(), file: "schedule.json") == schedule)
        let e = try Fixture.expanded()
        let plain = Fixture.base(e)
        #expect(try ScheduleReader.parse(plain.jsonText(), file: "schedule.json") == plain)
    }

    @Test func readsYAMLOfTheSameShape() throws {
        let text = """
            version: 1
            instance: CTG test
            status: feasible
            objective: 0
            x-generator: by hand
            assignments:
              - meeting: visio
                title: Point visio
                date: 2022-06-08
                slot: morning
                slots: [morning]
                start: "2022-06-08T09:30:00+02:00"
                end: "2022-06-08T12:00:00+02:00"
                room: ~
                site:
                required: [cd21]
                optional: []
                uid: visio@x
                sequence: 0
            """
        let schedule = try ScheduleReader.parse(text, file: "schedule.yaml")
        #expect(schedule.assignments.first?.room == nil)
        #expect(schedule.assignments.first?.date == Fixture.date("2022-06-08"))
        #expect(schedule.bound == nil && schedule.cancelled.isEmpty && schedule.changes.isEmpty)
    }

    @Test func wrongTypeIsReportedWithItsLine() throws {
        let text = try fullSchedule().jsonText().replacingOccurrences(
            of: "\"sequence\": 0", with: "\"sequence\": \"zero\"")
        let found = diagnostics(text)
        #expect(found.count == 3)
        let first = try #require(found.first)
        #expect(first.path == "assignments[0].sequence")
        #expect(first.location.file == "schedule.json")
        #expect(first.location.line == line(of: "\"zero\"", in: text))
        #expect(first.location.column == 19)
        #expect(first.message.contains("integer"))
    }

    @Test func missingFieldIsReportedAtItsObject() throws {
        let original = try fullSchedule().jsonText()
        let lines = original.components(separatedBy: "\n")
        let uidLine = line(of: "\"uid\": \"atelier", in: original)
        let text = lines.enumerated().filter { $0.offset + 1 != uidLine }.map(\.element).joined(separator: "\n")
        let found = diagnostics(text)
        #expect(found.map(\.path) == ["assignments[1]"])
        // The object of atelier opens on the line before its "meeting" field.
        #expect(found.first?.location.line == line(of: "\"meeting\": \"atelier\"", in: text) - 1)
        #expect(found.first?.message.contains("missing") == true)
    }

    @Test func unknownKeysAreRejectedButExtensionsIgnored() throws {
        let original = try fullSchedule().jsonText()
        let text = original.replacingOccurrences(
            of: "\"version\": 1,", with: "\"version\": 1, \"colour\": \"red\", \"x-note\": [1],")
        let found = diagnostics(text)
        #expect(found.map(\.path) == ["colour"])
        #expect(found.first?.location.line == 2)
        #expect(found.first?.location.column == 17)
    }

    @Test func everyProblemAtOnce() throws {
        let text = try fullSchedule().jsonText()
            .replacingOccurrences(of: "\"status\": \"optimal\"", with: "\"status\": \"great\"")
            .replacingOccurrences(of: "\"slots\": [\"morning\"]", with: "\"slots\": \"morning\"")
            .replacingOccurrences(of: "\"date\": \"2022-06-07\"", with: "\"date\": \"2022-02-30\"")
            .replacingOccurrences(
                of: "\"start\": \"2022-06-08T09:30:00+02:00\"", with: "\"start\": \"2022-06-08 09:30\""
            )
            .replacingOccurrences(of: "\"objective\": 42", with: "\"objective\": 99999999999999999999999")
            .replacingOccurrences(of: "\"bound\": 40", with: "\"bound\": -1")
        let paths = diagnostics(text).map(\.path)
        #expect(
            Set(paths) == [
                "status", "objective", "bound", "assignments[0].date", "assignments[1].date", "assignments[0].slots",
                "assignments[2].slots", "assignments[2].start",
            ])
    }

    @Test func diagnosticsAreSortedByLine() throws {
        let text = try fullSchedule().jsonText()
            .replacingOccurrences(of: "\"uid\": \"visio", with: "\"uid\": [\"visio")
            .replacingOccurrences(
                of: "@ctg-planner\",\n      \"sequence\": 0\n    }\n  ]",
                with: "@ctg-planner\"],\n      \"sequence\": 0\n    }\n  ]"
            )
            .replacingOccurrences(of: "\"instance\": \"CTG test\"", with: "\"instance\": null")
        let found = diagnostics(text)
        #expect(found.count == 2)
        #expect(found.map(\.location.line) == found.map(\.location.line).sorted())
    }

    static let garbage: [String] = [
        "",
        "   \n# only a comment\n",
        "\u{0}\u{1}\u{2}binary\u{7F}\u{FFFE}",
        "{",
        "{\"version\": 1, \"assignments\": [",
        "[1, 2, 3]",
        "42",
        "null",
        "a: b: c",
        "{\"version\": 1, \"version\": 2}",
        "&a [*a]",
        "*undefined",
        "--- 1\n--- 2\n",
        "{\"version\": 1, \"instance\": \"x\", \"status\": \"optimal\", \"objective\": 1e999, \"assignments\": []}",
        "{\"version\": 0x1, \"instance\": {}, \"status\": [], \"objective\": 1:00:00:00:00:00:00:00:00:00:00:00:00, \"assignments\": {}}",
        "{\"version\": 1, \"instance\": \"x\", \"status\": \"optimal\", \"objective\": 0, \"assignments\": [1, null, [], {\"meeting\": 1}]}",
        "{\"version\": 2, \"instance\": \"x\", \"status\": \"optimal\", \"objective\": 0, \"assignments\": [], \"cancelled\": [{}], \"changes\": 3}",
        "{[1]: 2}",
        String(repeating: "[", count: 5000),
    ]

    @Test(arguments: garbage)
    func garbageIsAnInputErrorNotATrap(text: String) {
        let found = diagnostics(text, file: "garbage.json")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location.file == "garbage.json" && $0.location.line >= 1 })
    }

    @Test func truncatedFilesAreInputErrors() throws {
        let text = try fullSchedule().jsonText()
        for length in stride(from: 0, to: text.count - 2, by: 37) {
            #expect(!diagnostics(String(text.prefix(length))).isEmpty, "prefix of \(length) characters")
        }
    }

    @Test func loadReadsAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "schedule-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("schedule.json")
        let schedule = try fullSchedule()
        try schedule.jsonText().write(to: good, atomically: true, encoding: .utf8)
        #expect(try ScheduleReader.load(path: good.path) == schedule)

        let binary = directory.appendingPathComponent("binary.json")
        try Data([0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x80]).write(to: binary)
        let notText = #expect(throws: InputError.self) { try ScheduleReader.load(path: binary.path) }
        #expect(notText?.diagnostics.first?.location.file == binary.path)

        let missing = directory.appendingPathComponent("missing.json").path
        let unreadable = #expect(throws: InputError.self) { try ScheduleReader.load(path: missing) }
        #expect(unreadable?.diagnostics.first?.message.contains("cannot read") == true)
    }
}
