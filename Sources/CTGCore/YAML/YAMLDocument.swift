internal import Yams

/// The node tree of a YAML or JSON text: the first step of every reader of
/// the tool's input files, so that a syntax error reads the same whichever
/// file it is in.
enum YAMLDocument {
    /// The root node, or nil when the text holds no document (empty, or only
    /// comments). Throws `InputError` with one diagnostic where libyaml or
    /// Yams found the text not to be YAML.
    static func compose(_ text: String, file: String) throws(InputError) -> Node? {
        // A byte-order mark would shift every column of the first line.
        let yaml = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        do {
            return try Yams.compose(yaml: yaml, Resolver.default, Constructor.default, .utf8)
        } catch {
            throw InputError([Diagnostic(syntaxError: error, in: yaml, file: file)])
        }
    }
}
