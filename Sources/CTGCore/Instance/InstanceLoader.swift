import Foundation
import Yams

/// Reads an instance file (format version 1, YAML or JSON) and checks
/// everything that can be checked without expanding the calendar.
///
/// Every problem is reported at once, each with its file, line, column and
/// field path, as an `InputError`. No input makes it trap: syntax errors,
/// binary garbage, deep nesting, alias bombs and absurd numbers all become
/// diagnostics (see `InputLimits`).
///
/// ```swift
/// let instance = try InstanceLoader.load(path: "ctg-2022.yaml")
/// ```
///
/// Checked here: types, required fields, ids, dates, times and weekdays,
/// duplicate ids, references of every kind (with a "did you mean"), cycles
/// among groups, phases and meetings, slot order, windows against the
/// horizon, spacing and precedence bounds, durations against the slots of a
/// day, and size limits. Not checked here: whether a meeting has a candidate
/// slot or a room that fits; that needs the calendar expansion.
///
/// Extensions of the format, all optional: top-level `organizer: {name,
/// email}` and `reminder_minutes`, meeting `purpose` and `url` (see
/// `Instance` and `MeetingSpec`). YAML merge keys (`<<: *anchor`) are
/// honoured, and keys starting with `x-` are ignored at every level, which
/// makes `x-defaults: &defaults {…}` a place for shared values.
package enum InstanceLoader {
    /// Reads and checks a YAML or JSON instance file. Throws `InputError`
    /// with every problem found, sorted by line, or with one diagnostic
    /// naming the file when it cannot be read as UTF-8 text.
    package static func load(path: String) throws -> Instance {
        try parse(readText(path), file: path)
    }

    /// Same from text; `file` is the name used in diagnostics and becomes
    /// the instance's `sourcePath`, against which `busy` paths are resolved.
    package static func parse(_ text: String, file: String) throws -> Instance {
        func fail(_ message: String, line: Int = 1, column: Int = 1) -> InputError {
            InputError([
                Diagnostic(location: SourceLocation(file: file, line: line, column: column), path: "", message: message)
            ])
        }
        guard text.utf8.count <= InputLimits.fileBytes else {
            throw fail("the file has \(text.utf8.count) bytes, more than the limit of \(InputLimits.fileBytes)")
        }
        // A byte-order mark would shift every column of the first line.
        let yaml = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Resolver.default, Constructor.default, .utf8)
        } catch {
            let (line, column, message) = describe(error, in: yaml)
            throw fail(message, line: line, column: column)
        }
        guard let root else {
            throw fail("the file is empty: an instance needs at least version, name, horizon and calendar")
        }

        let log = DiagnosticLog(file: file)
        let reader = InstanceReader(log: log)
        let instance = reader.read(YAMLValue(node: root, path: "", log: log))
        ReferenceChecks.run(reader.references, meetings: reader.meetings, log: log)
        OrderChecks.run(reader.references, meetings: reader.meetings, log: log)
        guard log.diagnostics.isEmpty, var instance else {
            throw InputError(Array(Set(log.diagnostics)))
        }
        instance.sourcePath = file
        return instance
    }

    private static func readText(_ path: String) throws -> String {
        func fail(_ message: String) -> InputError {
            InputError([
                Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), path: "", message: message)
            ])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        guard !isDirectory.boolValue else { throw fail("is a directory, not an instance file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot open the file for reading") }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte past the limit is enough to know the file is too large.
            data = try handle.read(upToCount: InputLimits.fileBytes + 1) ?? Data()
        } catch {
            throw fail("cannot read the file: \(error.localizedDescription)")
        }
        guard data.count <= InputLimits.fileBytes else {
            throw fail("the file is larger than the limit of \(InputLimits.fileBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw fail("the file is not UTF-8 text")
        }
        return text
    }

    /// Line, column and message for an error of Yams or libyaml.
    private static func describe(_ error: Error, in yaml: String) -> (Int, Int, String) {
        func withContext(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return "invalid YAML: \(problem)" }
            return
                "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            return (mark.line, mark.column, withContext(problem, context))
        case .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return (mark.line, mark.column, "invalid YAML: only one document is allowed, found a second one")
            }
            return (mark.line, mark.column, withContext(problem, context))
        case .reader(let problem, let offset, let value, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return (line, column, "invalid YAML: \(problem)\(character)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map(quoted).joined(separator: ", ")
            return (context.mark.line, context.mark.column, "key \(keys) appears more than once in this mapping")
        default:
            return (1, 1, "invalid YAML: \(error)")
        }
    }

    /// 1-based line and column of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
