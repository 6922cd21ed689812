import Foundation
import Testing

/// `ctg-planner explain`, and `solve` on exit 1, run as a coordinator would:
/// the built binary, its output and its exit status.
@Suite struct ExplainCommandTests {
    /// A fresh directory holding `text` as `name`.
    private func directory(with text: String, named name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return directory
    }

    /// The bundled instance with the CAF away all of January and February.
    private func withoutCAFInWinter() throws -> String {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("instances/ctg-2022-2023.yaml"), encoding: .utf8)
        let anchor = "      - {from: 2022-12-19, to: 2022-12-30}      # congés de fin d'année\n"
        #expect(text.contains(anchor))
        return text.replacingOccurrences(of: anchor, with: anchor + "      - {from: 2023-01-01, to: 2023-02-28}\n")
    }

    @Test func explainsTheMadeInfeasibleBundledInstanceInFrench() throws {
        let directory = try directory(with: withoutCAFInWinter(), named: "ctg.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ctgPlanner(["explain", "ctg.yaml"], in: directory)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Pourquoi aucun planning n'existe :")
        #expect(lines.contains("Aucun créneau ne convient à « Séminaire stratégique : priorités de la CTG » :"))
        #expect(
            lines.contains(
                "  – CAF de la Côte-d'Or — conseillère territoriale doit assister à « Séminaire stratégique : priorités de la CTG », mais est indisponible du dimanche 1 janvier 2023 au mardi 28 février 2023."
            ))
        #expect(
            lines.contains(
                "  – « Séminaire stratégique : priorités de la CTG » doit avoir lieu dans la fenêtre de la phase « 3. Séminaire stratégique », entre le lundi 9 janvier 2023 et le vendredi 27 janvier 2023."
            ))
        #expect(lines.filter { $0.hasPrefix("  – ") }.count >= 3)
        // No row or column names, no indices.
        #expect(!result.stdout.contains("["))
        #expect(!result.stdout.contains("#"))
        #expect(result.stderr.contains("Explication trouvée en"))
    }

    @Test func jsonNamesTheKindsAndIds() throws {
        let directory = try directory(with: withoutCAFInWinter(), named: "ctg.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ctgPlanner(["explain", "ctg.yaml", "--json", "--lang", "en"], in: directory)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "infeasible")
        #expect(object["minimal"] as? Bool == true)
        let conflict = try #require(object["conflict"] as? [[String: Any]])
        let items = conflict.map {
            "\($0["kind"] as? String ?? "") \(($0["ids"] as? [String] ?? []).joined(separator: ","))"
        }
        #expect(items.sorted() == ["partner-availability caf,seminaire", "phase-window seminaire,seminaire"])
        let sentences = conflict.compactMap { $0["sentence"] as? String }
        #expect(
            sentences.contains {
                $0.hasPrefix("“Séminaire stratégique : priorités de la CTG” must take place within the window")
            })
    }

    @Test func aFeasibleInstanceExitsZero() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("instances/tiny.yaml"), encoding: .utf8)
        let directory = try directory(with: text, named: "tiny.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ctgPlanner(["explain", "tiny.yaml"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == "Un planning existe : il n'y a rien à expliquer.\n")
    }

    @Test func invalidInputExitsTwo() throws {
        let directory = try directory(with: "version: 1\n", named: "broken.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try ctgPlanner(["explain", "broken.yaml"], in: directory).status == 2)
        #expect(try ctgPlanner(["explain", "missing.yaml"], in: directory).status == 2)
    }

    /// Infeasibility only GLPK can prove: three sessions on pairwise distinct
    /// sites, with rooms on two sites. `solve` prints the same explanation.
    @Test func solvePrintsTheExplanationOnExitOne() throws {
        let yaml = """
            version: 1
            name: Tournée
            horizon: {from: 2023-01-02, to: 2023-01-27}
            calendar:
              slots: [{id: am, start: "09:00", end: "12:00"}]
            partners: [{id: a}]
            rooms: [{id: r1, site: Nord, capacity: 10}, {id: r2, site: Sud, capacity: 10}]
            meetings:
              - {id: t, title: Tournée des communes, sessions: 3, distinct_sites: true, attendees: {required: [a]}}
            """
        let directory = try directory(with: yaml, named: "tournee.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ctgPlanner(["solve", "tournee.yaml", "--quiet"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                """
                Pourquoi aucun planning n'existe :
                Ces exigences ne peuvent pas être satisfaites ensemble (preuve par le solveur) :
                  – Les séances de « Tournée des communes » doivent avoir lieu chacune dans un lieu différent.
                """))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("schedule.json").path))
    }
}
