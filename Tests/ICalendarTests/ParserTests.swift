import Foundation
import ICalendar
import Testing

@Suite("Parser")
struct ParserTests {
    @Test("Reads the component tree, upper-casing names and keeping values raw")
    func readsTree() throws {
        let text = Support.calendar(
            "begin:vevent\nuid:1\nSummary:a\\, b\nbegin:valarm\naction:DISPLAY\nend:valarm\nend:vevent")
        let calendars = try ICalendarParser.parse(text, file: "tree.ics")
        let event = try #require(calendars.first?.components.first)
        #expect(event.name == "VEVENT")
        #expect(event.properties.map(\.name) == ["UID", "SUMMARY"])
        #expect(event.property("summary")?.value == "a\\, b")
        #expect(event.property("SUMMARY")?.textValue == "a, b")
        #expect(event.components.first?.name == "VALARM")
        #expect(event.origin == ContentLineLocation(file: "tree.ics", line: 4))
        #expect(event.property("UID")?.origin == ContentLineLocation(file: "tree.ics", line: 5))
    }

    @Test("Tolerates a byte-order mark, LF-only lines, blank lines and several calendars")
    func tolerant() throws {
        let text = "\u{FEFF}BEGIN:VCALENDAR\nX-A:1\n\nEND:VCALENDAR\nBEGIN:VCALENDAR\r\nEND:VCALENDAR"
        let calendars = try ICalendarParser.parse(text, file: "bom.ics")
        #expect(calendars.count == 2)
        #expect(calendars[0].property("X-A")?.value == "1")
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("BEGIN:VCALENDAR\nEND:VCALENDAR\n".utf8)
        #expect(try ICalendarParser.parse(data, file: "bom.ics").count == 1)
    }

    @Test("A component tree survives serialising and parsing unchanged")
    func roundTripsTree() throws {
        let tree = Component(
            name: "VCALENDAR",
            properties: [
                Property(
                    name: "X-LIST", parameters: [("X-P", ["a:b", "c", "d;e"]), ("X-Q", ["plain"])], value: "1,2,3"),
                Property(name: "X-LONG", value: String(repeating: "é😀a", count: 100)),
            ],
            components: [Component(name: "X-CHILD", properties: [Property(name: "X-EMPTY", value: "")])])
        #expect(try ICalendarParser.parse(tree.serialized(), file: "t.ics") == [tree])
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var line: Int
        var message: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty file", text: "", line: 1, message: "empty"),
        BadInput(name: "blank lines only", text: "\r\n\n  \r\n", line: 1, message: "empty"),
        BadInput(
            name: "truncated file", text: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:cut he", line: 2,
            message: "BEGIN:VEVENT is never closed; the file ends at line 4"),
        BadInput(
            name: "mismatched END", text: "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR", line: 3,
            message: "END:VTODO does not close BEGIN:VEVENT of line 2"),
        BadInput(
            name: "END without BEGIN", text: "BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VEVENT", line: 3,
            message: "END:VEVENT without a matching BEGIN"),
        BadInput(
            name: "not a calendar", text: "BEGIN:VCARD\nFN:x\nEND:VCARD", line: 1,
            message: "expected BEGIN:VCALENDAR, found BEGIN:VCARD"),
        BadInput(
            name: "property outside", text: "SUMMARY:x\nBEGIN:VCALENDAR\nEND:VCALENDAR", line: 1,
            message: "SUMMARY outside"),
        BadInput(
            name: "no colon", text: "BEGIN:VCALENDAR\nSUMMARY\nEND:VCALENDAR", line: 2, message: "SUMMARY has no ':'"),
        BadInput(
            name: "unterminated quote", text: "BEGIN:VCALENDAR\nX;CN=\"abc:def\nEND:VCALENDAR", line: 2,
            message: "never closed"),
        BadInput(
            name: "binary garbage", text: "BEGIN:VCALENDAR\n\u{0}\u{1}\u{2}PK\u{3}\u{4}\u{FFFD}\u{FFFD}\nEND:VCALENDAR",
            line: 2, message: "expected a property name"),
        BadInput(
            name: "control character in a value", text: "BEGIN:VCALENDAR\nSUMMARY:a\u{7}b\nEND:VCALENDAR", line: 2,
            message: "control character U+0007"),
        BadInput(
            name: "enormous line without a colon",
            text: "BEGIN:VCALENDAR\nX-" + String(repeating: "A", count: 2_000_000) + "\nEND:VCALENDAR", line: 2,
            message: "has no ':'"),
        BadInput(
            name: "nesting too deep",
            text: "BEGIN:VCALENDAR\n" + String(repeating: "BEGIN:X\n", count: 100), line: 33, message: "nested"),
    ]

    @Test("Bad input throws an error naming the file and line", arguments: badInputs)
    func rejects(input: BadInput) {
        let error = #expect(throws: ICalendarError.self) {
            try ICalendarParser.parse(input.text, file: "bad.ics")
        }
        #expect(error?.file == "bad.ics")
        #expect(error?.line == input.line)
        #expect(error?.message.contains(input.message) == true, "\(error?.message ?? "")")
        #expect(error?.message.count ?? 0 < 300)
    }

    @Test("Bytes that are not UTF-8 are refused with the line they are on")
    func rejectsBinary() {
        var bytes = Data("BEGIN:VCALENDAR\r\nSUMMARY:ok\r\n".utf8)
        bytes += Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00])
        let error = #expect(throws: ICalendarError.self) { try ICalendarParser.parse(bytes, file: "image.png") }
        #expect(error?.description == "image.png:3: the file is not UTF-8 text")
    }

    @Test("Random bytes never crash the parser", arguments: 0..<20)
    func randomBytes(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let prefixed = Array("BEGIN:VCALENDAR\r\n".utf8) + bytes
        #expect(throws: ICalendarError.self) {
            try ICalendarParser.parse(String(decoding: prefixed, as: UTF8.self), file: "r.ics")
        }
        #expect(throws: ICalendarError.self) { try ICalendarParser.parse(Data(prefixed), file: "r.ics") }
    }

    @Test("An enormous folded value is read in one piece")
    func enormousValue() throws {
        let value = String(repeating: "Séance publique, ", count: 60_000)
        let text = Component(name: "VCALENDAR", properties: [.text("DESCRIPTION", value)]).serialized()
        let calendar = try #require(try ICalendarParser.parse(text, file: "big.ics").first)
        #expect(calendar.property("DESCRIPTION")?.textValue == value)
    }

    @Test("Errors read as file:line: message")
    func describesErrors() {
        #expect(ICalendarError(file: "a.ics", line: 7, message: "bad").description == "a.ics:7: bad")
    }
}

/// A small seeded generator, so the random-input cases are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
