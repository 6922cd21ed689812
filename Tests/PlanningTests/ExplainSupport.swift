import Foundation
import Testing

@testable import CTGCore
@testable import CTGExplain

/// Four weeks of two slots (Mon 2 – Fri 27 January 2023), three partners and
/// two rooms on two sites: the stage on which each explain test plants one cause.
func january(
    horizon: String = "{from: 2023-01-02, to: 2023-01-27}", partners: String? = nil, rooms: String? = nil,
    extra: String = "", meetings: String
) -> String {
    week(days: horizon, partners: partners, rooms: rooms, extra: extra, meetings: meetings)
}

func explainOptions(_ language: Language = .fr) -> ConflictExplainer.Options {
    var options = ConflictExplainer.Options()
    options.probeTimeLimit = 30
    options.timeLimit = 300
    options.language = language
    return options
}

func explain(_ yaml: String, language: Language = .fr) throws -> ConflictReport {
    try ConflictExplainer.explain(InstanceLoader.parse(yaml, file: "test.yaml"), options: explainOptions(language))
}

/// The conflict as "kind id,id…" lines, sorted, to hold against what was planted.
func planted(_ report: ConflictReport) -> [String] {
    report.conflict.map { "\($0.kind) \($0.ids.joined(separator: ","))" }.sorted()
}

/// An instance with one cause of infeasibility planted, and the conflict
/// the explanation must name: exactly the planted requirements.
struct PlantedCause: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let conflict: [String]
    let foundBy: String
    var testDescription: String { name }

    static let all: [PlantedCause] = [
        PlantedCause(
            name: "a blocked partner",
            yaml: january(
                partners: "  - {id: a, unavailable: [{from: 2023-01-09, to: 2023-01-13}]}\n  - {id: b}\n  - {id: c}",
                meetings: """
                      - {id: m, title: Bilan, attendees: {required: [a, b]}, window: {from: 2023-01-09, to: 2023-01-13}}
                      - {id: other, title: Autre, attendees: {required: [b]}}
                    """),
            conflict: ["meeting-window m", "partner-availability a,m"], foundBy: "no-candidate"),
        PlantedCause(
            name: "partners never free together",
            yaml: january(
                partners: """
                      - {id: a, unavailable: [{weekday: mon}, {weekday: tue}, {weekday: wed, slots: [pm]}]}
                      - {id: b, unavailable: [{weekday: wed, slots: [am]}, {weekday: thu}, {weekday: fri}]}
                      - {id: c}
                    """,
                meetings: "  - {id: m, title: Bilan, attendees: {required: [a, b, c]}}"),
            conflict: ["partner-availability a,m", "partner-availability b,m"], foundBy: "no-candidate"),
        PlantedCause(
            name: "an overloaded partner",
            yaml: january(
                partners: "  - {id: a, unavailable: [{date: 2023-01-10}]}\n  - {id: b}\n  - {id: c}",
                meetings: """
                      - {id: m1, title: Un, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-10}}
                      - {id: m2, title: Deux, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-10}}
                      - {id: m3, title: Trois, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-10}}
                    """),
            conflict: [
                "meeting-window m1", "meeting-window m2", "meeting-window m3", "partner-availability a,m1",
                "partner-availability a,m2", "partner-availability a,m3",
            ],
            foundBy: "partner-overload"),
        PlantedCause(
            name: "an impossible phase order",
            yaml: january(
                extra: """
                    phases:
                      - {id: p1, window: {from: 2023-01-09, to: 2023-01-13}}
                      - {id: p2, after: [p1], gap_days: 14, window: {from: 2023-01-09, to: 2023-01-20}}
                    """,
                meetings: """
                      - {id: x, title: Diagnostic, phase: p1, attendees: {required: [a]}}
                      - {id: y, title: Restitution, phase: p2, attendees: {required: [b]}}
                    """),
            conflict: ["phase-order p1,p2", "phase-window p1,x", "phase-window p2,y"], foundBy: "chain"),
        PlantedCause(
            name: "a too-small room set",
            yaml: january(
                horizon: "{from: 2023-01-09, to: 2023-01-09}",
                rooms: """
                      - {id: r1, site: North, capacity: 10}
                      - {id: r2, site: South, capacity: 30}
                      - {id: r3, site: East, capacity: 30}
                    """,
                meetings: """
                      - {id: m1, title: Un, duration: 2, participants: 25}
                      - {id: m2, title: Deux, duration: 2, participants: 25}
                      - {id: m3, title: Trois, duration: 2, participants: 25}
                    """),
            conflict: ["room-need m1", "room-need m2", "room-need m3"], foundBy: "room-shortage"),
        PlantedCause(
            name: "a spacing chain too long",
            yaml: january(
                meetings: """
                      - {id: s, title: Atelier, sessions: 3, spacing: {min_days: 10}, attendees: {required: [a]},
                         window: {from: 2023-01-02, to: 2023-01-20}}
                    """),
            conflict: ["meeting-window s#3", "spacing-min s#1,s#2", "spacing-min s#2,s#3"], foundBy: "chain"),
        PlantedCause(
            name: "a load limit",
            yaml: january(
                partners: "  - {id: a, max_per_week: 1}\n  - {id: b}\n  - {id: c}",
                meetings: """
                      - {id: m1, title: Un, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-13}}
                      - {id: m2, title: Deux, attendees: {required: [a, b]}, window: {from: 2023-01-09, to: 2023-01-13}}
                    """),
            conflict: ["meeting-window m1", "meeting-window m2", "partner-week-limit a"], foundBy: "partner-limit"),
        PlantedCause(
            name: "conflicting pins",
            yaml: january(
                meetings: """
                      - {id: m1, title: Un, attendees: {required: [a]}, fixed: {date: 2023-01-10, slot: am}}
                      - {id: m2, title: Deux, attendees: {required: [a, b]}, fixed: {date: 2023-01-10, slot: am}}
                      - {id: m3, title: Trois, attendees: {required: [b]}}
                    """),
            conflict: ["pin m1", "pin m2"], foundBy: "partner-overload"),
        PlantedCause(
            name: "too few sites for distinct sites",
            yaml: january(
                meetings: """
                      - {id: t, title: Tournée, sessions: 3, distinct_sites: true, attendees: {required: [a]}}
                    """),
            conflict: ["distinct-sites t"], foundBy: "solver"),
    ]
}

/// The bundled instance made infeasible: the CAF is away all of January and February.
func bundledWithoutCAFInWinter() throws -> String {
    let text = try packageFile("instances/ctg-2022-2023.yaml")
    let anchor = "      - {from: 2022-12-19, to: 2022-12-30}      # congés de fin d'année\n"
    #expect(text.contains(anchor))
    return text.replacingOccurrences(of: anchor, with: anchor + "      - {from: 2023-01-01, to: 2023-02-28}\n")
}
