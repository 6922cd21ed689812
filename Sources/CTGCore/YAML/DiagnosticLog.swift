internal import Yams

/// Collects the problems of one file.
///
/// Reading goes on after a problem, so that one run reports every problem of
/// the file (the command line promises exit code 2 with all of them, not the
/// first only).
final class DiagnosticLog {
    package let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var valuesRead = 0
    private var isOverBudget = false

    init(file: String) {
        self.file = file
    }

    package func error(_ message: String, at mention: Mention) {
        diagnostics.append(Diagnostic(location: mention.location, path: mention.path, message: message))
    }

    package func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Counts `count` values about to be read inside `value`, and says whether
    /// to read them. Anchors and aliases let a few lines stand for billions of
    /// values; past `InputLimits.values` reading stops, with one diagnostic.
    func admit(_ count: Int, in value: YAMLValue) -> Bool {
        guard !isOverBudget else { return false }
        valuesRead += count
        guard valuesRead <= InputLimits.values else {
            isOverBudget = true
            value.error("the document expands to more than \(InputLimits.values) values (through aliases?)")
            return false
        }
        return true
    }
}
