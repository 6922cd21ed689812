import Yams

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

/// Where a name or value stands: its position and its field path, the two
/// halves of a diagnostic.
struct Mention: Hashable {
    package var location: SourceLocation
    package var path: String
}

/// One value of the document with its place, so that a problem found in it is
/// reported with its line, column and field path.
///
/// Every accessor reports what is wrong and returns nil, so that callers go
/// on reading the rest of the file.
struct YAMLValue {
    let node: Node
    package let path: String
    package let log: DiagnosticLog

    package var location: SourceLocation { log.location(of: node.mark) }
    var mention: Mention { Mention(location: location, path: path) }

    package func error(_ message: String) {
        log.error(message, at: mention)
    }

    /// Reports `expected <what>, got <this value>`; `unquoted` when the
    /// value would be right without its quotes (`capacity: "20"`).
    package func expected(_ what: String, unquoted: Bool = false) {
        error("expected \(what), got \(described)\(unquoted ? " (write it without quotes)" : "")")
    }

    /// `key:`, `key: ~` and `key: null` (as JSON writers emit for an unset field).
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The text of a scalar that is not null.
    var scalarText: String? {
        guard case .scalar(let scalar) = node, !isNull else { return nil }
        return scalar.string
    }

    /// The text of a scalar written without quotes, for numbers and booleans:
    /// `"3"` is text, not a number.
    var plainText: String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, !isNull
        else { return nil }
        return scalar.string
    }

    /// How this value is named after "got" in a message.
    var described: String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull ? "nothing" : quoted(scalar.string)
        }
    }

    package func child(_ node: Node, path: String) -> YAMLValue {
        YAMLValue(node: node, path: path, log: log)
    }

    /// The items of a list, each with its index in the path (`meetings[3]`).
    package func list() -> [YAMLValue]? {
        guard case .sequence(let sequence) = node else {
            expected("a list")
            return nil
        }
        guard log.admit(sequence.count, in: self) else { return nil }
        return sequence.enumerated().map { child($1, path: "\(path)[\($0)]") }
    }

    /// The items of a list read by `read`; items it rejects are left out (it has reported them).
    package func list<T>(_ read: (YAMLValue) -> T?) -> [T]? {
        list()?.compactMap(read)
    }

    /// The entries of a mapping whose keys are names the file chooses
    /// (`periods`, `groups`, `overrides`), in file order.
    ///
    /// Keys that start with `x-` are left out, as everywhere: they carry notes
    /// and anchors for the coordinator. YAML merge keys (`<<: *defaults`) are
    /// honoured as in YAML 1.1: the merged mapping's entries come after the
    /// mapping's own and never replace them, and the first of several merged
    /// mappings wins.
    package func entries(mergeDepth: Int = 0) -> [(key: String, keyValue: YAMLValue, value: YAMLValue)]? {
        guard case .mapping(let mapping) = node else {
            expected("a mapping")
            return nil
        }
        guard log.admit(mapping.count, in: self) else { return nil }
        var own: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
        var merged: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = child(keyNode, path: path)
            guard case .scalar(let keyScalar) = keyNode, !keyValue.isNull else {
                keyValue.expected("a field name")
                continue
            }
            let key = keyScalar.string
            let value = child(valueNode, path: path.isEmpty ? key : "\(path).\(key)")
            if key == "<<" && keyScalar.style == .plain {
                merged += value.mergeSources(into: path, depth: mergeDepth + 1)
            } else if !key.hasPrefix("x-") {
                own.append((key, keyValue, value))
            }
        }
        var seen = Set(own.map(\.key))
        for entry in merged where seen.insert(entry.key).inserted {
            own.append(entry)
        }
        return own
    }

    /// The entries a merge key brings in, read with the path of the mapping they merge into.
    private func mergeSources(
        into ownerPath: String, depth: Int
    ) -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        guard depth <= InputLimits.mergeDepth else {
            error("merge keys nested more than \(InputLimits.mergeDepth) deep")
            return []
        }
        let sources: [YAMLValue]
        switch node {
        case .mapping: sources = [self]
        case .sequence(let sequence): sources = sequence.map { child($0, path: path) }
        default:
            expected("a mapping or a list of mappings to merge")
            return []
        }
        return sources.flatMap { source -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] in
            guard case .mapping = source.node else {
                source.expected("a mapping to merge")
                return []
            }
            return source.child(source.node, path: ownerPath).entries(mergeDepth: depth) ?? []
        }
    }

    /// The fields of a mapping with a fixed set of field names.
    ///
    /// A field outside `allowed` is reported (a typo must never be silently
    /// ignored), with the closest allowed name when one is close.
    package func fields(_ allowed: [String]) -> YAMLFields? {
        guard let entries = entries() else { return nil }
        var fields = YAMLFields(owner: self)
        for entry in entries {
            if allowed.contains(entry.key) {
                fields.entries[entry.key] = (entry.keyValue, entry.value)
                fields.names.append(entry.key)
            } else {
                let guess = Suggestions.closest(to: entry.key, among: allowed)
                if let guess {
                    fields.misspelt.insert(guess)
                }
                let hint = guess.map { " (did you mean \(quoted($0))?)" } ?? ""
                log.error(
                    "unknown field \(quoted(entry.key))\(hint)",
                    at: Mention(location: entry.keyValue.location, path: entry.value.path))
            }
        }
        return fields
    }
}

/// The fields of one mapping, by name.
struct YAMLFields {
    let owner: YAMLValue
    /// The fields present, in file order.
    fileprivate(set) var names: [String] = []
    fileprivate var entries: [String: (key: YAMLValue, value: YAMLValue)] = [:]
    /// Fields that an unknown field is probably a misspelling of: their
    /// absence is already explained by the "did you mean".
    fileprivate var misspelt: Set<String> = []

    fileprivate init(owner: YAMLValue) {
        self.owner = owner
    }

    /// The value of an optional field; nil when absent or null.
    subscript(name: String) -> YAMLValue? {
        guard let value = entries[name]?.value, !value.isNull else { return nil }
        return value
    }

    /// The value of a required field, reporting it when absent. A null value
    /// is returned, for its reader to report with its place.
    package func required(_ name: String) -> YAMLValue? {
        guard let value = entries[name]?.value else {
            if !misspelt.contains(name) {
                owner.error("missing required field \(quoted(name))")
            }
            return nil
        }
        return value
    }

    /// Where the field's name stands, for a problem with the field as a whole
    /// (a field that is not allowed in this meeting, say).
    func mention(of name: String) -> Mention? {
        guard let entry = entries[name] else { return nil }
        return Mention(location: entry.key.location, path: entry.value.path)
    }
}
