import Foundation
import Testing

@testable import CTGCore

/// Hostile and broken inputs end in an `InputError` naming the file, never
/// in a trap, a hang or an exhausted stack.
@Suite("Loader robustness")
struct LoaderRobustnessTests {
    static let hostileInputs: [(name: String, text: String)] = [
        ("empty", ""),
        ("only a comment", "# nothing here\n"),
        ("top-level scalar", "just text\n"),
        ("top-level number", "42\n"),
        ("top-level list", "- version: 1\n"),
        ("NUL bytes", "version: 1\nname: \"a\u{0}b\"\n\u{0}\u{0}\n"),
        ("control characters", "version: 1\u{7}\n"),
        ("1000 nested lists", String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)),
        ("100000 nested lists", String(repeating: "[", count: 100_000)),
        ("1000 nested mappings", String(repeating: "{a: ", count: 1000) + "1" + String(repeating: "}", count: 1000)),
        ("deep block nesting", (0..<3000).map { String(repeating: " ", count: $0) + "a:\n" }.joined()),
        (
            "nested lists in a field",
            minimalHeader + "name: " + String(repeating: "[", count: 999)
                + String(repeating: "]", count: 999) + "\n"
        ),
        (
            "huge numbers",
            minimalHeader + "rooms: [{id: a, capacity: 1e400}, {id: b, capacity: 99999999999999999999},"
                + " {id: c, capacity: -99999999999999999999}, {id: d, capacity: .inf}, {id: e, capacity: .nan}]\n"
        ),
        (
            "huge horizon",
            "version: 1\nname: x\nhorizon: {from: 1900-01-01, to: 2200-12-31}\n"
                + "calendar: {slots: [{id: a, start: '09:00', end: '10:00'}]}\n"
        ),
        ("undefined alias", "version: 1\nname: *nowhere\n"),
        ("two documents", minimalHeader + "---\nversion: 1\n"),
        ("tab indentation", "version: 1\ncalendar:\n\tslots: []\n"),
        ("surrogate escape", "version: 1\nname: \"\\ud800\"\n"),
        ("unclosed quote", "version: 1\nname: \"Comité\n"),
        (
            "binary garbage",
            String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, as: UTF8.self)
        ),
        ("byte-order mark", "\u{FEFF}version: 2\n"),
        ("complex keys", "? [a, b]\n: 1\n? {c: d}\n: 2\n"),
        (
            "wrong-typed everything",
            "version: []\nname: {}\ntimezone: []\nhorizon: []\ncalendar: []\nperiods: []\n"
                + "phases: {}\ngroups: []\npartners: {}\nrooms: 3\nmeetings: x\nweights: []\norganizer: []\n"
                + "reminder_minutes: []\n"
        ),
        (
            "wrong-typed items",
            minimalHeader + "periods: {p: [3, [x], {date: []}]}\nphases: [3, [x]]\n"
                + "groups: {g: 3, h: [[x], {y: z}]}\npartners: [3, [x], {id: []}]\nrooms: [3]\nmeetings: [3, [x], "
                + "{id: m, title: [], after: [3, {meeting: []}], overrides: [], fixed: 3, spacing: 3, prefer: 3,"
                + " attendees: {required: 3}}]\n"
        ),
        ("a very long key", minimalHeader + String(repeating: "k", count: 100_000) + ": 1\n"),
        ("a very long id", minimalHeader + "partners: [{id: " + String(repeating: "é", count: 100_000) + "}]\n"),
        (
            "many unknown names",
            minimalHeader + "partners: [{id: caf}]\nmeetings: [{id: m, title: t, attendees: "
                + "{required: [" + (0..<3000).map { "p\($0)" }.joined(separator: ", ") + "]}}]\n"
        ),
    ]

    @Test(arguments: hostileInputs.map(\.name))
    func hostileInputIsAnInputError(name: String) throws {
        let text = try #require(Self.hostileInputs.first { $0.name == name }).text
        let error = try #require(throws: InputError.self) { try InstanceLoader.parse(text, file: "hostile.yaml") }
        #expect(!error.diagnostics.isEmpty)
        #expect(error.diagnostics.allSatisfy { $0.location.file == "hostile.yaml" && $0.location.line >= 1 })
    }

    @Test func deepNestingIsReportedByTheParser() {
        let text = String(repeating: "[", count: 100_000)
        #expect(diagnostics(of: text).first?.contains("Maximum nesting level reached") == true)
    }

    /// "Billion laughs": three levels of 1000 aliases would be read as 10⁹ values.
    @Test func aliasBombsStopAtTheValueBudget() {
        let slots = "x-slots: &slots [" + Array(repeating: "morning", count: 1000).joined(separator: ", ") + "]\n"
        let rules =
            "x-rules: &rules ["
            + Array(repeating: "{weekday: mon, slots: *slots}", count: 1000)
            .joined(separator: ", ") + "]\n"
        let partner = "x-partner: &partner {id: caf, unavailable: *rules}\n"
        let partners = "partners: [" + Array(repeating: "*partner", count: 1000).joined(separator: ", ") + "]\n"
        let found = diagnostics(of: minimalHeader + slots + rules + partner + partners)
        #expect(found.contains { $0.contains("the document expands to more than 1000000 values") })
    }

    @Test func chainedMergeKeysStopAtTheDepthLimit() {
        var text = minimalHeader + "x-m0: &m0 {title: T}\n"
        for level in 1...5000 {
            text += "x-m\(level): &m\(level) {<<: *m\(level - 1)}\n"
        }
        text += "meetings: [{<<: *m5000, id: a}]\n"
        #expect(diagnostics(of: text).contains { $0.contains("merge keys nested more than 16 deep") })
    }

    /// Every prefix of a valid file is either valid or an `InputError`.
    @Test func truncatedFilesAreInputErrors() throws {
        let full = try packageFile("instances/valid/full.yaml")
        let characters = Array(full)
        for length in stride(from: 0, to: characters.count, by: 53) {
            do {
                _ = try InstanceLoader.parse(String(characters[..<length]), file: "cut.yaml")
            } catch let error as InputError {
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }

    @Test func oversizedTextIsRejectedBeforeParsing() {
        let text = String(repeating: " ", count: 17 << 20)
        #expect(diagnostics(of: text).first?.contains("more than the limit of 16777216") == true)
    }
}

@Suite("Reading files")
struct LoadPathTests {
    static func temporaryFile(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-\(UUID().uuidString).yaml").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func onlyDiagnostic(loading path: String) throws -> String {
        let error = try #require(throws: InputError.self) { try InstanceLoader.load(path: path) }
        try #require(error.diagnostics.count == 1)
        return error.diagnostics[0].description
    }

    @Test func missingFile() throws {
        #expect(try Self.onlyDiagnostic(loading: "/nonexistent/ctg.yaml") == "/nonexistent/ctg.yaml:1:1: no such file")
    }

    @Test func directory() throws {
        let path = FileManager.default.temporaryDirectory.path
        #expect(try Self.onlyDiagnostic(loading: path) == "\(path):1:1: is a directory, not an instance file")
    }

    @Test func nonUTF8Bytes() throws {
        let path = try Self.temporaryFile(Data([0x76, 0x65, 0x72, 0xFF, 0xFE, 0x3A, 0x20, 0x31]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.onlyDiagnostic(loading: path) == "\(path):1:1: the file is not UTF-8 text")
    }

    @Test func tooLargeFile() throws {
        let path = try Self.temporaryFile(Data(repeating: 0x20, count: (16 << 20) + 1))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            try Self.onlyDiagnostic(loading: path)
                == "\(path):1:1: the file is larger than the limit of 16777216 bytes")
    }

    @Test func diagnosticsNameThePathAsGiven() throws {
        let path = try Self.temporaryFile(Data("version: 1\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: InputError.self) { try InstanceLoader.load(path: path) }
        #expect(error.diagnostics.map(\.location.file) == [path, path, path])
        #expect(error.description.hasPrefix("\(path):1:1: missing required field"))
    }
}
