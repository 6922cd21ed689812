/// Where each value of a schedule file stands, so that a check made after
/// reading, against the instance (`PreviousScheduleChecks`), names the file,
/// line and field as the reader's own diagnostics do.
///
/// It describes where a schedule came from, not what it says: two schedules
/// with the same content are equal wherever they were read.
package struct ScheduleSource: Sendable, Equatable {
    package let file: String
    /// By field path, as in diagnostics: `assignments[3].slot`.
    private var locations: [String: SourceLocation] = [:]

    package init(file: String) {
        self.file = file
    }

    mutating func record(_ path: String, at location: SourceLocation) {
        locations[path] = location
    }

    /// Where the value at `path` stands; the start of the file for a value
    /// the file did not hold.
    package func location(of path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    package func diagnostic(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(location: location(of: path), path: path, message: message)
    }

    package static func == (_: ScheduleSource, _: ScheduleSource) -> Bool { true }
}
