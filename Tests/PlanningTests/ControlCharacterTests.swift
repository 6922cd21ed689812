import Foundation
import Testing

@testable import CTGCore
@testable import CTGOutput

/// Control characters from YAML escapes (`"\e]0;pwned\a"`, `"\0"`) in instance
/// text: every output keeps them from doing harm.
@Suite struct ControlCharacterTests {
    static let payload = "\u{1B}]0;pwned\u{07}Comité\u{0}\u{08}\u{7F}\u{9B}31m\u{0B}\u{0C}\u{FFFE}"

    private func hostile() throws -> ExpandedInstance {
        try ReportFixture.instance { instance in
            instance.name = Self.payload
            instance.partners[0].name = Self.payload
            instance.meetings[0].title = Self.payload
            instance.rooms[0].site = Self.payload
        }
    }

    @Test func htmlReportStaysWellFormed() throws {
        let html = ReportFixture.html(try hostile())
        #expect(xmlProblem(html) == nil, "\(xmlProblem(html) ?? "")")
        let forbidden = html.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
                || $0.value == 0xFFFE
        }
        #expect(forbidden.isEmpty, "\(forbidden.map { String($0.value, radix: 16) })")
        #expect(html.contains("\u{FFFD}]0;pwned\u{FFFD}Comité"))
    }

    @Test func calendarsHoldNoControlCharacterButTabAndLineEnds() throws {
        let e = try hostile()
        let export = CalendarExport(instance: e, texts: Texts(.fr), timestamp: ReportFixture.generated)
        let schedule = Fixture.base(e)
        let documents = [export.calendar(schedule)] + export.feeds(schedule).map(\.document)
        for document in documents {
            let text = document.serialized()
            #expect(text.contains(#"]0\;pwned"#))
            let controls = text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F
            }
            #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
        }
    }

    @Test func jsonEscapesDeleteAndC1Controls() {
        #expect(JSONValue.quote("a\u{1B}b\u{7F}c\u{9B}d") == #""a\u001bb\u007fc\u009bd""#)
    }

    @Test func csvDefusesFormulasAfterATabOrALineBreak() {
        #expect(CSVExport.text("\t=cmd|' /C calc'!A0") == "'\t=cmd|' /C calc'!A0")
        #expect(CSVExport.text("\r=1+1") == "'\r=1+1")
        #expect(CSVExport.text("\r\n=1+1") == "'\r\n=1+1")
        #expect(CSVExport.text("\n@SUM(A1)") == "'\n@SUM(A1)")
        #expect(CSVExport.text("Comité = bilan") == "Comité = bilan")
        #expect(CSVExport.field(CSVExport.text("\r=1+1")) == "\"'\r=1+1\"")
    }
}
