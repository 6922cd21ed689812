import Foundation
import ICalendar
import Testing

@Suite("Line folding")
struct FoldingTests {
    /// Each physical line of serialised text, without its CRLF.
    private func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append(current)
                current = []
                index += 2
            } else {
                #expect(bytes[index] != 0x0A && bytes[index] != 0x0D, "bare line break in output")
                current.append(bytes[index])
                index += 1
            }
        }
        #expect(current.isEmpty, "output does not end with CRLF")
        return lines
    }

    @Test(
        "Every line is at most 75 octets, no UTF-8 sequence is split, unfolding restores the text",
        arguments: ["Côte-d'Or", "élus", "séance", "🗓️ réunion 👩‍👩‍👧‍👦", "日本語のテキスト", "x"])
    func foldsMultiByteText(sample: String) throws {
        // Every alignment of the multi-byte characters against the fold points.
        for padding in 0..<80 {
            let text = String(repeating: "a", count: padding) + String(repeating: sample, count: 30)
            let calendar = Component(name: "VCALENDAR", properties: [.text("DESCRIPTION", text)])
            let serialized = calendar.serialized()
            for line in physicalLines(serialized) {
                #expect(line.count <= 75)
                #expect(String(validating: line, as: UTF8.self) != nil, "a UTF-8 sequence was split")
            }
            let read = try ICalendarParser.parse(serialized, file: "fold.ics")
            #expect(read.first?.property("DESCRIPTION")?.textValue == text)
        }
    }

    @Test("A line of exactly 75 octets stays whole; 76 octets fold into 75 and a continuation")
    func foldsAtTheBoundary() {
        let exact = Component(
            name: "X", properties: [Property(name: "SUMMARY", value: String(repeating: "a", count: 67))])
        #expect(physicalLines(exact.serialized())[1].count == 75)

        let over = Component(
            name: "X", properties: [Property(name: "SUMMARY", value: String(repeating: "a", count: 68))])
        let lines = physicalLines(over.serialized())
        #expect(lines[1].count == 75)
        #expect(lines[2] == Array(" a".utf8))
    }

    @Test("A two-byte character that would straddle octet 75 moves to the next line")
    func keepsSequencesWhole() {
        let value = String(repeating: "a", count: 66) + "é"  // "SUMMARY:" + 66 = 74 octets, é needs 2
        let lines = physicalLines(
            Component(name: "X", properties: [Property(name: "SUMMARY", value: value)]).serialized())
        #expect(lines[1].count == 74)
        #expect(lines[2] == Array(" é".utf8))
    }

    @Test("Continuation lines may start with a tab, and LF-only files unfold too")
    func unfoldsTabsAndBareLineFeeds() throws {
        let text = "BEGIN:VCALENDAR\nSUMMARY:Conseil municipal\n\tde la Côte\n  -d'Or\nEND:VCALENDAR\n"
        let calendar = try #require(try ICalendarParser.parse(text, file: "lf.ics").first)
        #expect(calendar.property("SUMMARY")?.value == "Conseil municipalde la Côte -d'Or")
    }
}
