import CTGCore
import Foundation
import Testing

/// Every file of `instances/invalid/` (`NAME.yaml` or `NAME.json`) gets
/// exactly the diagnostics of `NAME.expected`, one per line as printed.
///
/// Files are read from the package root and parsed with their path relative
/// to it (`instances/invalid/NAME.yaml`), which is the file name the
/// expected diagnostics carry whatever directory the tests run in.
@Suite("Invalid instances")
struct InvalidInstanceTests {
    static let folder = "instances/invalid"

    static func cases() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent(folder).path)
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }

    @Test(arguments: try cases())
    func reportsExactlyTheExpectedDiagnostics(file: String) throws {
        let relativePath = "\(Self.folder)/\(file)"
        let expectedPath = "\(Self.folder)/\((file as NSString).deletingPathExtension).expected"
        let expected = try packageFile(expectedPath).split(separator: "\n").map(String.init)
        let actual = diagnostics(of: try packageFile(relativePath), file: relativePath)
        #expect(actual == expected)
    }

    @Test func theCorpusCoversEveryKindOfInputError() throws {
        #expect(try Self.cases().count >= 20)
    }
}
