import Foundation
import Yams

/// Reads `schedule.json` (JSON, or any YAML of the same shape) for
/// `replan` and `validate`.
///
/// It works on Yams' node tree rather than a decoder so that every problem
/// is reported with its file, line, column and field path, all at once, the
/// way instance errors are (exit code 2); no input, however broken, traps.
/// As in the instance format, unknown keys are errors and `x-…` keys are
/// ignored.
///
/// ```swift
/// let previous = try ScheduleReader.load(path: "schedule.json")
/// ```
package enum ScheduleReader {
    /// Throws `InputError` when the file cannot be read or is not a valid schedule.
    package static func load(path: String) throws -> Schedule {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError([Diagnostic(location: start, path: "", message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError([Diagnostic(location: start, path: "", message: "is not UTF-8 text")])
        }
        return try parse(text, file: path)
    }

    /// `file` names the text in diagnostics.
    package static func parse(_ text: String, file: String) throws -> Schedule {
        let reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw InputError([reader.diagnostic(for: error, in: text)])
        }
        guard let root else {
            throw InputError([
                Diagnostic(
                    location: reader.location(nil), path: "", message: "the file is empty; expected a schedule object")
            ])
        }
        let schedule = reader.schedule(root)
        guard let schedule, reader.diagnostics.isEmpty else { throw InputError(reader.diagnostics) }
        return schedule
    }
}

/// Reads typed values out of nodes, collecting a diagnostic for each
/// problem and returning nil for the value, so that reading goes on and
/// every problem of the file is found in one pass.
private final class NodeReader {
    package let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    // MARK: The schedule format

    package func schedule(_ node: Node) -> Schedule? {
        guard
            let fields = fields(
                node, "", required: ["version", "instance", "status", "objective", "assignments"],
                optional: ["bound", "cancelled", "changes"])
        else { return nil }
        let version = fields["version"].flatMap { integer($0, "version") }
        if let version, version != 1, let node = fields["version"] {
            report(node, "version", "version \(version) is not supported; the only version is 1")
        }
        let name = fields["instance"].flatMap { string($0, "instance") }
        let status = fields["status"].flatMap { self.status($0, "status") }
        let objective = fields["objective"].flatMap { integer($0, "objective") }
        let bound: Int?? =
            fields["bound"].map { isNull($0) ? .some(nil) : integer($0, "bound").map { .some($0) } } ?? .some(nil)
        let assignments = fields["assignments"].flatMap { list($0, "assignments", assignment) }
        let cancelled = fields["cancelled"].map { list($0, "cancelled", cancellation) } ?? []
        let changes = fields["changes"].map { list($0, "changes", change) } ?? []
        guard let version, let name, let status, let objective, let bound, let assignments, let cancelled, let changes
        else { return nil }
        var schedule = Schedule(
            instance: name, status: status, objective: objective, bound: bound, assignments: assignments)
        schedule.version = version
        schedule.cancelled = cancelled
        schedule.changes = changes
        return schedule
    }

    private func assignment(_ node: Node, _ path: String) -> Assignment? {
        let keys = [
            "meeting", "title", "date", "slot", "slots", "start", "end", "room", "site", "required", "optional", "uid",
            "sequence",
        ]
        guard let fields = fields(node, path, required: keys) else { return nil }
        func field<T>(_ key: String, _ read: (Node, String) -> T?) -> T? {
            fields[key].flatMap { read($0, "\(path).\(key)") }
        }
        let meeting = field("meeting", string)
        let title = field("title", string)
        let date = field("date", self.date)
        let slot = field("slot", string)
        let slots = field("slots") { list($0, $1, string) }
        let start = field("start", instant)
        let end = field("end", instant)
        let room = field("room", nullableString)
        let site = field("site", nullableString)
        let required = field("required") { list($0, $1, string) }
        let optional = field("optional") { list($0, $1, string) }
        let uid = field("uid", string)
        let sequence = field("sequence", integer)
        guard let meeting, let title, let date, let slot, let slots, let start, let end, let room, let site,
            let required,
            let optional, let uid, let sequence
        else { return nil }
        return Assignment(
            meeting: meeting, title: title, date: date, slot: slot, slots: slots, start: start, end: end, room: room,
            site: site, required: required, optional: optional, uid: uid, sequence: sequence)
    }

    private func cancellation(_ node: Node, _ path: String) -> Cancellation? {
        guard
            let fields = fields(
                node, path, required: ["meeting", "uid", "sequence"],
                optional: ["title", "start", "end", "attendees", "room"])
        else { return nil }
        func field<T>(_ key: String, _ read: (Node, String) -> T?) -> T? {
            fields[key].flatMap { read($0, "\(path).\(key)") }
        }
        let meeting = field("meeting", string)
        let uid = field("uid", string)
        let sequence = field("sequence", integer)
        // Optional fields: absent is fine, present and wrong is a problem.
        let title = fields["title"].map { string($0, "\(path).title") }
        let start = fields["start"].map { instant($0, "\(path).start") }
        let end = fields["end"].map { instant($0, "\(path).end") }
        let attendees = fields["attendees"].map { list($0, "\(path).attendees", string) }
        let room = fields["room"].map { string($0, "\(path).room") }
        guard let meeting, let uid, let sequence, title != .some(nil), start != .some(nil), end != .some(nil),
            attendees != .some(nil), room != .some(nil)
        else {
            return nil
        }
        return Cancellation(
            meeting: meeting, uid: uid, sequence: sequence, title: title ?? nil, start: start ?? nil, end: end ?? nil,
            attendees: attendees ?? nil, room: room ?? nil)
    }

    private func change(_ node: Node, _ path: String) -> ChangeRecord? {
        guard let fields = fields(node, path, required: ["kind", "value", "at"]) else { return nil }
        let kind = fields["kind"].flatMap { string($0, "\(path).kind") }
        let value = fields["value"].flatMap { string($0, "\(path).value") }
        let at = fields["at"].flatMap { string($0, "\(path).at") }
        guard let kind, let value, let at else { return nil }
        return ChangeRecord(kind: kind, value: value, at: at)
    }

    private func status(_ node: Node, _ path: String) -> Schedule.Status? {
        guard let text = string(node, path) else { return nil }
        guard let status = Schedule.Status(rawValue: text) else {
            report(node, path, "status is \"\(text)\"; expected optimal or feasible")
            return nil
        }
        return status
    }

    // MARK: Values

    /// The fields of an object, with unknown keys and missing required ones reported.
    private func fields(_ node: Node, _ path: String, required: [String], optional: [String] = []) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected an object, found \(kind(node))")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(key, path, "keys must be strings, found \(kind(key))")
                continue
            }
            let name = scalar.string
            let fieldPath = path.isEmpty ? name : "\(path).\(name)"
            if name.hasPrefix("x-") { continue }
            guard required.contains(name) || optional.contains(name) else {
                report(key, fieldPath, "unknown key \"\(name)\" (extensions start with x-)")
                continue
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            report(node, path.isEmpty ? name : "\(path).\(name)", "missing required field \"\(name)\"")
        }
        return values
    }

    /// Every item read with `read`; nil if the node is not a list or any item is wrong.
    private func list<T>(_ node: Node, _ path: String, _ read: (Node, String) -> T?) -> [T]? {
        guard case .sequence(let sequence) = node else {
            report(node, path, "expected a list, found \(kind(node))")
            return nil
        }
        let items = sequence.enumerated().map { read($1, "\(path)[\($0)]") }
        return items.contains { $0 == nil } ? nil : items.map { $0! }
    }

    /// Any scalar but null, as written: an id like `2022` is text too.
    private func string(_ node: Node, _ path: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            report(node, path, "expected a string, found \(kind(node))")
            return nil
        }
        return scalar.string
    }

    /// `.some(nil)` for null, nil when the node is neither null nor a string.
    private func nullableString(_ node: Node, _ path: String) -> String?? {
        isNull(node) ? .some(nil) : string(node, path).map { .some($0) }
    }

    /// A plain decimal integer ≥ 0 that fits in `Int` (no YAML octal, hex or sexagesimal forms).
    private func integer(_ node: Node, _ path: String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            !scalar.string.isEmpty, scalar.string.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
        else {
            report(node, path, "expected a non-negative integer, found \(kind(node))")
            return nil
        }
        guard let value = Int(scalar.string) else {
            report(node, path, "\(scalar.string) is too large")
            return nil
        }
        return value
    }

    private func date(_ node: Node, _ path: String) -> LocalDate? {
        guard let text = string(node, path) else { return nil }
        guard let date = LocalDate(text) else {
            report(node, path, "\"\(text)\" is not a date YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// The text as written, once checked to be an instant with an offset.
    private func instant(_ node: Node, _ path: String) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ISO8601Instant.parse(text) != nil else {
            report(node, path, "\"\(text)\" is not an instant like 2022-06-21T09:30:00+02:00")
            return nil
        }
        return text
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "an object"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(node) { return "null" }
            return scalar.style == .plain || scalar.style == .any
                ? "\(scalar.string.prefix(40))" : "the string \"\(scalar.string.prefix(40))\""
        }
    }

    // MARK: Locations

    private func report(_ node: Node, _ path: String, _ message: String) {
        diagnostics.append(Diagnostic(location: location(node), path: path, message: message))
    }

    package func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    /// A syntax error of the YAML (or JSON) text, where libyaml found it.
    package func diagnostic(for error: Error, in text: String) -> Diagnostic {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(location: SourceLocation(file: file, line: line, column: column), path: "", message: message)
        }
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let context = context.map { " \($0.text)" } ?? ""
            return at(mark.line, mark.column, "not valid JSON or YAML: \(problem)\(context)")
        case YamlError.reader(let problem, let offset, _, _):
            let before = text.prefix(offset ?? 0)
            let line = before.count { $0.isNewline } + 1
            let lineStart = before.lastIndex(where: \.isNewline).map { before.index(after: $0) } ?? before.startIndex
            return at(line, before.distance(from: lineStart, to: before.endIndex) + 1, "not readable text: \(problem)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark.line, context.mark.column, "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(location: location(nil), path: "", message: "not valid JSON or YAML: \(error)")
        }
    }
}
