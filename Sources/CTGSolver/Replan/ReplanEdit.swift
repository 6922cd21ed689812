import CTGCore

/// An edit a coordinator makes for one re-plan without touching the YAML:
/// `--unavailable caf@2022-11-15/morning`, `--room-closed mairie@2022-11-14..2022-11-18`,
/// `--cancel gt-culture#2`. Edits are recorded in `schedule.json` (`changes`)
/// and applied again by later re-plans, so history is never lost.
package enum ReplanEdit: Sendable, Equatable {
    case unavailable(partner: String, dates: DateSpan, slot: String?)
    case roomClosed(room: String, dates: DateSpan)
    case cancel(meeting: String)

    package static let kinds = ["unavailable", "room-closed", "cancel"]

    /// Parses the argument of `--unavailable`, `--room-closed` or `--cancel`.
    package init(kind: String, value: String) throws {
        func fail(_ message: String) -> InputError {
            InputError([
                Diagnostic(
                    location: SourceLocation(file: "--\(kind)", line: 0, column: 0), path: "--\(kind)", message: message
                )
            ])
        }
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
                throw fail("expected PARTNER@DATE[..DATE][/SLOT], e.g. caf@2022-11-15/morning, got \"\(value)\"")
            }
            self = .unavailable(partner: String(parts[0]), dates: dates, slot: when.count == 2 ? String(when[1]) : nil)
        case "room-closed":
            let parts = value.split(separator: "@", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, let dates = span(parts[1]) else {
                throw fail("expected ROOM@DATE[..DATE], e.g. mairie@2022-11-14..2022-11-18, got \"\(value)\"")
            }
            self = .roomClosed(room: String(parts[0]), dates: dates)
        case "cancel":
            guard !value.isEmpty else { throw fail("expected a meeting id, e.g. gt-culture#2") }
            self = .cancel(meeting: value)
        default:
            throw fail("unknown kind of change \"\(kind)\" (expected \(ReplanEdit.kinds.joined(separator: ", ")))")
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
    func applying(_ edits: [ReplanEdit]) throws -> (instance: Instance, cancelled: Set<String>) {
        var edited = self
        var cancelled: Set<String> = []
        var problems: [Diagnostic] = []
        func problem(_ edit: ReplanEdit, _ message: String) {
            problems.append(
                Diagnostic(
                    location: SourceLocation(file: "--\(edit.kind)", line: 0, column: 0),
                    path: "--\(edit.kind) \(edit.value)", message: message))
        }
        let slotIDs = calendar.slots.map(\.id)
        for edit in edits {
            switch edit {
            case .unavailable(let partner, let dates, let slot):
                guard let index = partners.firstIndex(where: { $0.id == partner }) else {
                    problem(
                        edit,
                        "unknown partner \"\(partner)\"\(Suggestions.hint(for: partner, among: partners.map(\.id)))")
                    continue
                }
                if let slot, !slotIDs.contains(slot) {
                    problem(edit, "unknown slot \"\(slot)\"\(Suggestions.hint(for: slot, among: slotIDs))")
                    continue
                }
                edited.partners[index].unavailable.append(
                    AvailabilityRule(scope: .span(dates), slots: slot.map { [$0] }))
            case .roomClosed(let room, let dates):
                guard let index = rooms.firstIndex(where: { $0.id == room }) else {
                    problem(edit, "unknown room \"\(room)\"\(Suggestions.hint(for: room, among: rooms.map(\.id)))")
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
                    problem(edit, "unknown meeting \"\(meeting)\"\(Suggestions.hint(for: meeting, among: ids))")
                }
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return (edited, cancelled)
    }
}
