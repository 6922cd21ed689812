import CTGCore

/// An edit a coordinator makes for one re-plan without touching the YAML:
/// `--unavailable caf@2022-11-15/morning`, `--room-closed mairie@2022-11-14..2022-11-18`,
/// `--cancel gt-culture#2`. Edits are recorded in `schedule.json` (`changes`)
/// and applied again by later re-plans, so history is never lost.
package enum ReplanEdit: Sendable, Equatable {
    case unavailable(partner: String, dates: DateSpan, slot: String?)
    case roomClosed(room: String, dates: DateSpan)
    case cancel(meeting: String)

    package static let kinds = ChangeRecord.replayedKinds

    /// Parses the argument of `--unavailable`, `--room-closed` or `--cancel`.
    package init(kind: String, value: String) throws {
        switch Self.parse(kind: kind, value: value) {
        case .success(let edit): self = edit
        case .failure(let problem):
            throw InputError([
                Diagnostic(
                    location: SourceLocation(file: "--\(kind)", line: 0, column: 0), path: "--\(kind)",
                    message: problem.message)
            ])
        }
    }

    /// Why an edit does not read; the caller knows where it was given.
    private struct Problem: Error {
        var message: String
    }

    private static func parse(kind: String, value: String) -> Result<ReplanEdit, Problem> {
        func fail(_ message: String) -> Result<ReplanEdit, Problem> { .failure(Problem(message: message)) }
        func span(_ text: Substring) -> DateSpan? {
            let parts = text.components(separatedBy: "..")
            guard let from = LocalDate(parts[0]) else { return nil }
            guard parts.count == 2 else { return parts.count == 1 ? DateSpan(date: from) : nil }
            guard let to = LocalDate(parts[1]), from <= to else { return nil }
            return DateSpan(from: from, to: to)
        }
        switch kind {
        case "unavailable":
            let parts = value.split(separator: "@", maxSplits: 1)
            let when = parts.count == 2 ? parts[1].split(separator: "/", maxSplits: 1) : []
            guard parts.count == 2, !parts[0].isEmpty, let first = when.first, let dates = span(first) else {
                return fail("expected PARTNER@DATE[..DATE][/SLOT], e.g. caf@2022-11-15/morning, got \"\(value)\"")
            }
            return .success(
                .unavailable(partner: String(parts[0]), dates: dates, slot: when.count == 2 ? String(when[1]) : nil))
        case "room-closed":
            let parts = value.split(separator: "@", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, let dates = span(parts[1]) else {
                return fail("expected ROOM@DATE[..DATE], e.g. mairie@2022-11-14..2022-11-18, got \"\(value)\"")
            }
            return .success(.roomClosed(room: String(parts[0]), dates: dates))
        case "cancel":
            guard !value.isEmpty else { return fail("expected a meeting id, e.g. gt-culture#2") }
            return .success(.cancel(meeting: value))
        default:
            return fail("unknown kind of change \"\(kind)\" (expected \(ReplanEdit.kinds.joined(separator: ", ")))")
        }
    }

    /// The edits an earlier re-plan recorded in `changes`, to apply again;
    /// a record that no longer reads is blamed on its `changes[i].value`.
    package static func recorded(in changes: [ChangeRecord]) throws -> [Given] {
        var edits: [Given] = []
        var problems: [Diagnostic] = []
        for (index, change) in changes.enumerated() where kinds.contains(change.kind) {
            let source =
                change.valueSource
                ?? Mention(
                    location: SourceLocation(file: "previous schedule", line: 0, column: 0),
                    path: "changes[\(index)].value")
            switch parse(kind: change.kind, value: change.value) {
            case .success(let edit): edits.append(Given(edit, at: source))
            case .failure(let problem):
                problems.append(Diagnostic(location: source.location, path: source.path, message: problem.message))
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return edits
    }

    /// An edit and where it was given: the option on the command line, or
    /// the `changes` entry of the previous schedule.
    package struct Given: Sendable {
        package var edit: ReplanEdit
        package var source: Mention

        package init(_ edit: ReplanEdit, at source: Mention) {
            self.edit = edit
            self.source = source
        }

        /// An edit of this run: `--unavailable caf@2022-11-15`.
        package init(_ edit: ReplanEdit) {
            self.init(
                edit,
                at: Mention(
                    location: SourceLocation(file: "--\(edit.kind)", line: 0, column: 0),
                    path: "--\(edit.kind) \(edit.value)"))
        }
    }

    package var kind: String {
        switch self {
        case .unavailable: "unavailable"
        case .roomClosed: "room-closed"
        case .cancel: "cancel"
        }
    }

    package var value: String {
        switch self {
        case .unavailable(let partner, let dates, let slot): "\(partner)@\(dates)" + (slot.map { "/\($0)" } ?? "")
        case .roomClosed(let room, let dates): "\(room)@\(dates)"
        case .cancel(let meeting): meeting
        }
    }
}

extension Instance {
    /// The instance with `edits` applied; meeting ids to cancel are returned
    /// apart (series ids expanded to their sessions), for the expansion to
    /// leave out. Every unknown id is reported at once.
    func applying(_ edits: [ReplanEdit.Given]) throws -> (instance: Instance, cancelled: Set<String>) {
        var edited = self
        var cancelled: Set<String> = []
        var problems: [Diagnostic] = []
        let slotIDs = calendar.slots.map(\.id)
        for given in edits {
            func problem(_ message: String) {
                problems.append(Diagnostic(location: given.source.location, path: given.source.path, message: message))
            }
            let edit = given.edit
            switch edit {
            case .unavailable(let partner, let dates, let slot):
                guard let index = partners.firstIndex(where: { $0.id == partner }) else {
                    problem(
                        "unknown partner \"\(partner)\"\(Suggestions.hint(for: partner, among: partners.map(\.id)))")
                    continue
                }
                if let slot, !slotIDs.contains(slot) {
                    problem("unknown slot \"\(slot)\"\(Suggestions.hint(for: slot, among: slotIDs))")
                    continue
                }
                edited.partners[index].unavailable.append(
                    AvailabilityRule(scope: .span(dates), slots: slot.map { [$0] }))
            case .roomClosed(let room, let dates):
                guard let index = rooms.firstIndex(where: { $0.id == room }) else {
                    problem("unknown room \"\(room)\"\(Suggestions.hint(for: room, among: rooms.map(\.id)))")
                    continue
                }
                edited.rooms[index].unavailable.append(AvailabilityRule(scope: .span(dates)))
            case .cancel(let meeting):
                let ids = meetings.flatMap(\.sessionIDs)
                if let series = meetings.first(where: { $0.id == meeting }) {
                    cancelled.formUnion(series.sessionIDs)
                } else if ids.contains(meeting) {
                    cancelled.insert(meeting)
                } else {
                    problem("unknown meeting \"\(meeting)\"\(Suggestions.hint(for: meeting, among: ids))")
                }
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return (edited, cancelled)
    }
}
