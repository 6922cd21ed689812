import Foundation
import Testing

@testable import CTGCore

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

    /// Each kind of input error is reported, on the field it names, by the
    /// corpus file that shows it.
    @Test(arguments: InputErrorKind.all)
    func theCorpusShowsEachKindOfInputError(kind: InputErrorKind) throws {
        let relativePath = "\(Self.folder)/\(kind.file)"
        let reported = Self.reported(by: try packageFile(relativePath), file: relativePath)
        #expect(
            reported.contains { $0.path == kind.path && $0.message.contains(kind.message) },
            "\(reported.map(\.description).joined(separator: "\n"))")
    }

    /// No file of the corpus is there without the kind it shows.
    @Test func everyCorpusFileShowsAKindOfInputError() throws {
        #expect(Set(try Self.cases()) == Set(InputErrorKind.all.map(\.file)))
    }

    static func reported(by text: String, file: String) -> [Diagnostic] {
        do {
            _ = try ExpandedInstance(InstanceLoader.parse(text, file: file))
            return []
        } catch {
            return (error as? InputError)?.diagnostics ?? []
        }
    }
}
