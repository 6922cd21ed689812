import Foundation

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
        func fail(_ message: String) -> InputError {
            InputError([
                Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), path: "", message: message)
            ])
        }
        guard text.utf8.count <= InputLimits.fileBytes else {
            throw fail("the file has \(text.utf8.count) bytes, more than the limit of \(InputLimits.fileBytes)")
        }
        let root = try YAMLDocument.compose(text, file: file)
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
}
