import Foundation
import FoundationXML
import Testing

@testable import CTGCore
@testable import CTGOutput
@testable import CTGSolver

/// The validator's fixture with two phases, so that the report has phase
/// colours and a meeting outside the phases: copil in `lancement`, atelier
/// in `travaux`, visio without a phase.
enum ReportFixture {
    static let generated = Date(timeIntervalSince1970: 1_700_000_000)

    static func instance(_ edit: (inout Instance) -> Void = { _ in }) throws -> ExpandedInstance {
        try Fixture.expanded { instance in
            var lancement = Phase(id: "lancement", name: "1. Lancement")
            lancement.window = Fixture.span("2022-06-01", "2022-06-15")
            instance.phases = [lancement, Phase(id: "travaux", name: "2. Travaux")]
            instance.meetings[0].phase = "lancement"
            instance.meetings[1].phase = "travaux"
            edit(&instance)
        }
    }

    static func html(
        _ e: ExpandedInstance, _ schedule: Schedule? = nil, language: Language = .fr, changes: ScheduleChanges? = nil
    ) -> String {
        HTMLReport.render(
            schedule ?? Fixture.base(e), summary: nil, instance: e, texts: Texts(language), changes: changes,
            generated: generated)
    }
}

/// Whether `text` is well-formed XML, with the parser's complaint when not.
/// The report is written to be XML as well as HTML, so this strict check
/// also proves that every element is closed and every `&` and `<` escaped.
func xmlProblem(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    // On Linux, parse() can return true after a mismatched end tag; the error is still recorded.
    guard !parser.parse() || parser.parserError != nil else { return nil }
    return
        "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber), column \(parser.columnNumber)"
}

/// Occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}
