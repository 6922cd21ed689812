/// A file that could not be written (exit code 4); the run changed nothing
/// unless the renames had started (see `OutputTransaction`).
package struct OutputError: Error, CustomStringConvertible {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var description: String { "cannot write \(path): \(reason)" }
}
