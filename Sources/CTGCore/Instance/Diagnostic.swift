/// Where a value stands in an input file.
package struct SourceLocation: Hashable, Sendable {
    package var file: String
    package var line: Int
    package var column: Int
    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// One problem in an input file: `FILE:LINE:COLUMN: path.to.field: message`.
package struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    package var location: SourceLocation
    /// The field, as a dotted path with list indices (`meetings[3].attendees.required[1]`).
    package var path: String
    package var message: String

    package init(location: SourceLocation, path: String, message: String) {
        self.location = location
        self.path = path
        self.message = message
    }

    package var description: String {
        let field = path.isEmpty ? "" : "\(path): "
        return "\(location.file):\(location.line):\(location.column): \(field)\(message)"
    }

    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location.file, a.location.line, a.location.column, a.path, a.message)
            < (b.location.file, b.location.line, b.location.column, b.path, b.message)
    }
}

/// Every problem found in an input, thrown at once (exit code 2).
package struct InputError: Error, Sendable, CustomStringConvertible {
    var diagnostics: [Diagnostic]
    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
