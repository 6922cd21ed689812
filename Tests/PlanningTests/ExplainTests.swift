import Foundation
import Testing

@testable import CTGCore
@testable import CTGExplain
@testable import CTGSolver

/// `ctg-planner explain`: each planted cause is named exactly, every
/// conflict is minimal, and the sentences say it in a coordinator's words.
@Suite struct ExplainTests {
    @Test(arguments: PlantedCause.all)
    func namesExactlyThePlantedRequirements(_ cause: PlantedCause) throws {
        let report = try explain(cause.yaml)
        #expect(report.status == .infeasible)
        #expect(planted(report) == cause.conflict)
        #expect(report.foundBy == cause.foundBy)
        #expect(report.minimal)
        #expect(!report.repairs.isEmpty)
    }

    /// Minimality, checked from outside the deletion filter: the conflict
    /// alone has no schedule, and it has one as soon as any of its
    /// requirements goes; with a single planted cause, so does the whole instance.
    @Test(arguments: PlantedCause.all)
    func everyRequirementOfTheConflictIsNeeded(_ cause: PlantedCause) throws {
        let space = try ConflictExplainer.space(for: InstanceLoader.parse(cause.yaml, file: "test.yaml"))
        let oracle = FeasibilityOracle(space: space, probeTimeLimit: 30, deadline: Date().addingTimeInterval(300))
        guard case .conflict(let conflict) = try ConflictRefiner(space: space, oracle: oracle).run() else {
            Issue.record("no conflict found")
            return
        }
        let others = Set(space.requirements).subtracting(conflict.requirements)
        #expect(try solve(space.problem(scope: conflict.scope, relaxed: others)) == false)
        let everyone = Array(space.meetings.indices)
        for requirement in conflict.requirements {
            #expect(
                try solve(space.problem(scope: conflict.scope, relaxed: others.union([requirement]))) == true,
                "\(requirement)")
            #expect(try solve(space.problem(scope: everyone, relaxed: [requirement])) == true, "\(requirement)")
        }
    }

    /// The same, with the relaxation written into the file and solved by
    /// `Planner`, which knows nothing of the refiner.
    @Test func droppingAPinInTheFileGivesASchedule() throws {
        let cause = try #require(PlantedCause.all.first { $0.name == "conflicting pins" })
        let edited = cause.yaml.replacingOccurrences(
            of: ", fixed: {date: 2023-01-10, slot: am}}\n  - {id: m2", with: "}\n  - {id: m2")
        #expect(edited != cause.yaml)
        guard case .solved = try Planner.solve(expand(edited)) else {
            Issue.record("no schedule without the first pin")
            return
        }
    }

    @Test func twoIndependentConflictsReportOneAndSayOthersRemain() throws {
        let yaml = january(
            partners: "  - {id: a, max_per_week: 1}\n  - {id: b}\n  - {id: c}",
            meetings: """
                  - {id: m1, title: Un, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-13}}
                  - {id: m2, title: Deux, attendees: {required: [a]}, window: {from: 2023-01-09, to: 2023-01-13}}
                  - {id: p1, title: Trois, attendees: {required: [b]}, fixed: {date: 2023-01-17, slot: pm}}
                  - {id: p2, title: Quatre, attendees: {required: [b, c]}, fixed: {date: 2023-01-17, slot: pm}}
                """)
        let report = try explain(yaml)
        #expect(report.status == .infeasible)
        #expect(report.minimal)
        let load = ["meeting-window m1", "meeting-window m2", "partner-week-limit a"]
        let pins = ["pin p1", "pin p2"]
        #expect(planted(report) == load || planted(report) == pins)
        #expect(report.notes.contains(Texts(.fr)(.explainRepairNotEnough)))
    }

    @Test func aFeasibleInstanceHasNothingToExplain() throws {
        let report = try ConflictExplainer.explain(InstanceLoader.load(path: packageRoot.path + "/instances/tiny.yaml"))
        #expect(report.status == .feasible)
        #expect(report.conflict.isEmpty)
        #expect(report.lines == [Texts(.fr)(.explainFeasible)])
    }

    @Test func sentencesCarryNamesAndDatesNeverIndices() throws {
        let report = try explain(PlantedCause.all[0].yaml)
        #expect(
            report.conflict.map(\.sentence).sorted() == [
                "a doit assister à « Bilan », mais est indisponible du lundi 9 janvier 2023 au vendredi 13 janvier 2023.",
                "« Bilan » doit avoir lieu entre le lundi 9 janvier 2023 et le vendredi 13 janvier 2023.",
            ])
        #expect(report.summary == "Aucun créneau ne convient à « Bilan » :")
        let english = try explain(PlantedCause.all[0].yaml, language: .en)
        #expect(
            english.conflict.map(\.sentence).contains(
                "“Bilan” must take place between Monday 9 January 2023 and Friday 13 January 2023."))
        #expect(
            english.conflict.map(\.sentence).contains(
                "a must attend “Bilan” but is unavailable from Monday 9 January 2023 to Friday 13 January 2023."))
        #expect(english.lines.first == "Why no schedule exists:")
    }

    /// Each partner's sentence names the rules of theirs that matter once
    /// the other's are in force: the fewest that cover the meeting's places.
    @Test func partnersNeverFreeTogetherAreEachGivenTheirOwnRules() throws {
        let report = try explain(
            try #require(PlantedCause.all.first { $0.name == "partners never free together" }).yaml)
        #expect(
            report.conflict.map(\.sentence) == [
                "a doit assister à « Bilan », mais est indisponible le lundi, le mardi et le mercredi (14h00–17h00).",
                "b doit assister à « Bilan », mais est indisponible le mercredi (9h00–12h00), le jeudi et le vendredi.",
            ])
    }

    @Test func repairsSayWhatToChange() throws {
        let spacing = try explain(try #require(PlantedCause.all.first { $0.name == "a spacing chain too long" }).yaml)
        #expect(
            spacing.repairs.map(\.sentence).contains(
                "Ramener à 8 jours l'espacement minimal des séances 1 et 2 de « Atelier »."))
        #expect(
            spacing.repairs.map(\.sentence).contains(
                "Repousser la fin de la fenêtre de « Atelier — séance 3 » au lundi 23 janvier 2023."))
        let load = try explain(try #require(PlantedCause.all.first { $0.name == "a load limit" }).yaml)
        #expect(load.repairs.map(\.sentence).contains("Autoriser 2 réunions par semaine pour a."))
    }

    @Test func theBundledInstanceWithoutTheCAFInWinter() throws {
        let report = try explain(bundledWithoutCAFInWinter())
        #expect(report.status == .infeasible)
        #expect(report.minimal)
        #expect(planted(report) == ["partner-availability caf,seminaire", "phase-window seminaire,seminaire"])
        #expect(
            report.lines.joined(separator: "\n").contains(
                "entre le lundi 9 janvier 2023 et le vendredi 27 janvier 2023"))
    }

    @Test func theJSONFormCarriesKindsIdsAndSentences() throws {
        let report = try explain(PlantedCause.all[0].yaml)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["feasible"] as? Bool == false)
        #expect(object["minimal"] as? Bool == true)
        #expect(object["found_by"] as? String == "no-candidate")
        let conflict = try #require(object["conflict"] as? [[String: Any]])
        #expect(conflict.map { $0["kind"] as? String } == report.conflict.map(\.kind))
        #expect(conflict.map { $0["ids"] as? [String] } == report.conflict.map(\.ids))
        #expect(conflict.map { $0["sentence"] as? String } == report.conflict.map(\.sentence))
    }

    private func solve(_ problem: RelaxedProblem) throws -> Bool? {
        if QuickChecks.run(problem.expanded) != nil { return false }
        switch try problem.solve(timeLimit: 30) {
        case .feasible: return true
        case .infeasible: return false
        case .unknown: return nil
        }
    }
}

/// The deletion filter on a known monotone predicate: infeasible exactly
/// when the set holds both 3 and 11.
@Suite struct DeletionFilterTests {
    @Test func keepsExactlyTheNeededElements() {
        var probes = 0
        let (kept, proven) = DeletionFilter.shrink(Array(0..<40)) { set in
            probes += 1
            return set.contains(3) && set.contains(11)
        }
        #expect(kept == [3, 11])
        #expect(proven)
        #expect(probes < 40)
    }

    @Test func saysWhenMinimalityIsNotProven() {
        // Without 6, the probe cannot tell: 6 stays, unproven.
        let (kept, proven) = DeletionFilter.shrink(Array(0..<8)) { set -> Bool? in
            guard set.contains(3) && set.contains(5) else { return false }
            return set.contains(6) ? true : nil
        }
        #expect(kept == [3, 5, 6])
        #expect(!proven)
    }
}
