import Foundation
internal import Yams

extension Diagnostic {
    /// A syntax error of Yams or libyaml, where it was found in `yaml`.
    init(syntaxError error: Error, in yaml: String, file: String) {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(location: SourceLocation(file: file, line: line, column: column), path: "", message: message)
        }
        func withContext(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return "invalid YAML: \(problem)" }
            return
                "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            self = at(mark.line, mark.column, withContext(problem, context))
        case .composer(let context, let problem, let mark, _):
            self =
                problem == "but found another document"
                ? at(mark.line, mark.column, "invalid YAML: only one document is allowed, found a second one")
                : at(mark.line, mark.column, withContext(problem, context))
        case .reader(let problem, let offset, let value, _):
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            self = Diagnostic(
                location: SourceLocation(file: file, character: offset ?? 0, in: yaml), path: "",
                message: "invalid YAML: \(problem)\(character)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map(quoted).joined(separator: ", ")
            self = at(context.mark.line, context.mark.column, "key \(keys) appears more than once in this mapping")
        default:
            self = at(1, 1, "invalid YAML: \(error)")
        }
    }
}
