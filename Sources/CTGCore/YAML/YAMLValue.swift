internal import Yams

/// One value of the document with its place, so that a problem found in it is
/// reported with its line, column and field path.
///
/// Every accessor reports what is wrong and returns nil, so that callers go
/// on reading the rest of the file. Every input file is read through it
/// (instance, schedule), so that one problem is worded the same in each.
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
}
