import Foundation

/// Reads `schedule.json` (JSON, or any YAML of the same shape) for
/// `replan` and `validate`.
///
/// It works on Yams' node tree through `YAMLValue` rather than a decoder so
/// that every problem is reported with its file, line, column and field
/// path, all at once and worded as instance errors are (exit code 2); no
/// input, however broken, traps. As in the instance format, unknown fields
/// are errors and `x-…` keys are ignored.
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
        guard let root = try YAMLDocument.compose(text, file: file) else {
            throw InputError([
                Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1), path: "",
                    message: "the file is empty; expected a schedule object")
            ])
        }
        let log = DiagnosticLog(file: file)
        var source = ScheduleSource(file: file)
        let schedule = schedule(YAMLValue(node: root, path: "", log: log), into: &source)
        guard var schedule, log.diagnostics.isEmpty else { throw InputError(log.diagnostics) }
        schedule.source = source
        return schedule
    }

    // Each reader below returns nil only when a required field is missing or
    // wrong; every problem is in the log, and any problem fails the file.
    // Each records where its fields stand in `source`.

    private static func schedule(_ value: YAMLValue, into source: inout ScheduleSource) -> Schedule? {
        guard
            let fields = value.fields([
                "version", "instance", "status", "objective", "assignments", "bound", "cancelled", "changes",
            ])
        else { return nil }
        source.record(fields)
        let version = fields.required("version")?.version(supported: 1)
        let name = fields.required("instance")?.text()
        let status = fields.required("status")?.choice(["optimal", "feasible"]).flatMap(Schedule.Status.init(rawValue:))
        let objective = fields.required("objective")?.int(in: 0...Int.max)
        let bound = fields["bound"]?.int(in: 0...Int.max)
        let assignments = fields.required("assignments")?.list { assignment($0, into: &source) }
        let cancelled = fields["cancelled"]?.list { cancellation($0, into: &source) }
        let changes = fields["changes"]?.list(change)
        guard let version, let name, let status, let objective, let assignments else { return nil }
        var schedule = Schedule(
            instance: name, status: status, objective: objective, bound: bound, assignments: assignments)
        schedule.version = version
        schedule.cancelled = cancelled ?? []
        schedule.changes = changes ?? []
        return schedule
    }

    private static func assignment(_ value: YAMLValue, into source: inout ScheduleSource) -> Assignment? {
        guard
            let fields = value.fields([
                "meeting", "title", "date", "slot", "slots", "start", "end", "room", "site", "required", "optional",
                "uid", "sequence",
            ])
        else { return nil }
        source.record(fields)
        let meeting = fields.required("meeting")?.text()
        let title = fields.required("title")?.text()
        let date = fields.required("date")?.date()
        let slot = fields.required("slot")?.text()
        let slots = fields.required("slots")?.list { $0.text() }
        let start = fields.required("start")?.instant()
        let end = fields.required("end")?.instant()
        let room = fields.required("room").flatMap(nullableText)
        let site = fields.required("site").flatMap(nullableText)
        let required = fields.required("required")?.list { $0.text() }
        let optional = fields.required("optional")?.list { $0.text() }
        let uid = fields.required("uid")?.text()
        let sequence = fields.required("sequence")?.int(in: 0...Int.max)
        guard let meeting, let title, let date, let slot, let slots, let start, let end, let room, let site,
            let required, let optional, let uid, let sequence
        else { return nil }
        return Assignment(
            meeting: meeting, title: title, date: date, slot: slot, slots: slots, start: start, end: end, room: room,
            site: site, required: required, optional: optional, uid: uid, sequence: sequence)
    }

    private static func cancellation(_ value: YAMLValue, into source: inout ScheduleSource) -> Cancellation? {
        guard
            let fields = value.fields(["meeting", "uid", "sequence", "title", "start", "end", "attendees", "room"])
        else { return nil }
        source.record(fields)
        let meeting = fields.required("meeting")?.text()
        let uid = fields.required("uid")?.text()
        let sequence = fields.required("sequence")?.int(in: 0...Int.max)
        let title = fields["title"]?.text()
        let start = fields["start"]?.instant()
        let end = fields["end"]?.instant()
        let attendees = fields["attendees"]?.list { $0.text() }
        let room = fields["room"]?.text()
        guard let meeting, let uid, let sequence else { return nil }
        return Cancellation(
            meeting: meeting, uid: uid, sequence: sequence, title: title, start: start, end: end,
            attendees: attendees, room: room)
    }

    private static func change(_ value: YAMLValue) -> ChangeRecord? {
        guard let fields = value.fields(["kind", "value", "at"]) else { return nil }
        let kind = fields.required("kind")?.choice(ChangeRecord.kinds)
        let valueField = fields.required("value")
        let text = valueField?.text()
        let at = fields.required("at")?.text()
        guard let kind, let valueField, let text, let at else { return nil }
        return ChangeRecord(kind: kind, value: text, at: at, valueSource: valueField.mention)
    }

    /// `room` and `site` must be written, but null says there is none:
    /// `.some(nil)` for null, nil when the value is wrong.
    private static func nullableText(_ value: YAMLValue) -> String?? {
        value.isNull ? .some(nil) : value.text().map { .some($0) }
    }
}

extension ScheduleSource {
    fileprivate mutating func record(_ fields: YAMLFields) {
        for mention in fields.valueMentions { record(mention.path, at: mention.location) }
    }
}
