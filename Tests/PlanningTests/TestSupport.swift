import Foundation
import Testing

@testable import CTGCore

/// The package root, found from this file (`Tests/PlanningTests/…`), so
/// tests do not depend on the directory `swift test` runs in.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text of a file under the package root.
func packageFile(_ relativePath: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
}

/// The diagnostics `text` gets, as printed, from loading and then from the
/// calendar expansion (which finds meetings with no candidate slot or room,
/// as `ctg-planner check` does); empty when it loads and expands.
func diagnostics(of text: String, file: String = "test.yaml") -> [String] {
    do {
        _ = try ExpandedInstance(InstanceLoader.parse(text, file: file))
        return []
    } catch let error as InputError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["unexpected error: \(error)"]
    }
}

/// A valid instance with nothing optional, to which tests append sections.
let minimalHeader = """
    version: 1
    name: Test
    horizon: {from: 2022-06-01, to: 2022-06-30}
    calendar:
      slots:
        - {id: morning, start: "09:00", end: "12:00"}
        - {id: afternoon, start: "14:00", end: "17:00"}

    """
