import Foundation

/// The content of `schedule.json` (format version 1): where every meeting is,
/// and the meetings a re-plan cancelled.
public struct Schedule: Sendable, Equatable {
    public enum Status: String, Sendable {
        case optimal
        case feasible
    }

    package var version = 1
    /// The instance's `name`.
    package var instance: String
    public var status: Status
    public var objective: Int
    /// A proven lower bound on the objective (≤ objective).
    public var bound: Int?
    package var assignments: [Assignment]
    package var cancelled: [Cancellation] = []
    /// Extension: the edits re-planning applied, oldest first, so a later re-plan knows the history.
    package var changes: [ChangeRecord] = []
    /// Where the fields were read; a schedule made in memory names no file.
    package var source = ScheduleSource(file: "schedule")

    package init(instance: String, status: Status, objective: Int, bound: Int?, assignments: [Assignment]) {
        self.instance = instance
        self.status = status
        self.objective = objective
        self.bound = bound
        self.assignments = assignments
    }
}

package struct Assignment: Sendable, Equatable {
    package var meeting: String
    package var title: String
    package var date: LocalDate
    /// The start slot id, and every occupied slot id in order.
    package var slot: String
    package var slots: [String]
    /// Local ISO 8601 with offset, `2022-06-21T09:30:00+02:00`.
    package var start: String
    package var end: String
    /// nil for an online meeting.
    package var room: String?
    package var site: String?
    package var required: [String]
    package var optional: [String]
    package var uid: String
    package var sequence: Int

    package init(
        meeting: String, title: String, date: LocalDate, slot: String, slots: [String], start: String, end: String,
        room: String?, site: String?, required: [String], optional: [String], uid: String, sequence: Int
    ) {
        self.meeting = meeting
        self.title = title
        self.date = date
        self.slot = slot
        self.slots = slots
        self.start = start
        self.end = end
        self.room = room
        self.site = site
        self.required = required
        self.optional = optional
        self.uid = uid
        self.sequence = sequence
    }
}

package struct Cancellation: Sendable, Equatable {
    package var meeting: String
    package var uid: String
    package var sequence: Int
    /// Extension: the title and former start, so the calendar can still show what is cancelled.
    package var title: String?
    package var start: String?
    package var end: String?
    /// Extension: the partners (required and optional) and room it had, so
    /// per-partner and per-room feeds and invitations can announce it.
    package var attendees: [String]?
    package var room: String?

    package init(
        meeting: String, uid: String, sequence: Int, title: String? = nil, start: String? = nil, end: String? = nil,
        attendees: [String]? = nil, room: String? = nil
    ) {
        self.meeting = meeting
        self.uid = uid
        self.sequence = sequence
        self.title = title
        self.start = start
        self.end = end
        self.attendees = attendees
        self.room = room
    }
}

/// One edit applied by `replan` (extension field `changes`).
package struct ChangeRecord: Sendable, Equatable {
    /// The kinds a schedule may record: the edits `replan` applies again, and
    /// `instance` for edits made in the file, which are history only.
    package static let kinds = replayedKinds + ["instance"]
    package static let replayedKinds = ["unavailable", "room-closed", "cancel"]

    /// `unavailable`, `room-closed`, `cancel`, or `instance` for edits made in the file.
    package var kind: String
    /// The argument as given, e.g. `caf@2022-11-15/morning`.
    package var value: String
    /// The `--now` of the re-plan that applied it.
    package var at: String
    /// Where `value` was read, when it was: a later re-plan that cannot apply
    /// the edit again points there, not at a command-line option.
    package var valueSource: Mention?

    package init(kind: String, value: String, at: String, valueSource: Mention? = nil) {
        self.kind = kind
        self.value = value
        self.at = at
        self.valueSource = valueSource
    }

    /// Where the record was read is not part of what it says.
    package static func == (a: ChangeRecord, b: ChangeRecord) -> Bool {
        (a.kind, a.value, a.at) == (b.kind, b.value, b.at)
    }
}

extension Schedule {
    /// A meeting's uid: stable for a meeting id within an instance (same
    /// instance name), so that calendar clients update rather than duplicate.
    package static func uid(meeting: String, instanceName: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in instanceName.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let safe = meeting.unicodeScalars.map { scalar -> String in
            if CharacterSet.uidSafe.contains(scalar) { return String(scalar) }
            return String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
        }.joined()
        return "\(safe)-\(String(hash, radix: 16))@ctg-planner"
    }
}

extension CharacterSet {
    fileprivate static let uidSafe = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#")
}
