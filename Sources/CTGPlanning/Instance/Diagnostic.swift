/// Where a value stands in an input file.
public struct SourceLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// One problem in an input file: `FILE:LINE:COLUMN: path.to.field: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var location: SourceLocation
    /// The field, as a dotted path with list indices (`meetings[3].attendees.required[1]`).
    public var path: String
    public var message: String

    public init(location: SourceLocation, path: String, message: String) {
        self.location = location
        self.path = path
        self.message = message
    }

    public var description: String {
        let field = path.isEmpty ? "" : "\(path): "
        return "\(location.file):\(location.line):\(location.column): \(field)\(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location.file, a.location.line, a.location.column, a.path, a.message)
            < (b.location.file, b.location.line, b.location.column, b.path, b.message)
    }
}

/// Every problem found in an input, thrown at once (exit code 2).
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
