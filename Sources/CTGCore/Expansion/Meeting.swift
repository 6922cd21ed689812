/// One meeting to place, after series expansion: a single meeting keeps its
/// id, session k of a series `S` is `S#k`. Every reference is an index into
/// `ExpandedInstance`'s arrays.
public struct Meeting: Sendable {
    package internal(set) var index: Int
    package let id: String
    package let title: String
    /// Index in `Instance.meetings` of the spec this meeting comes from.
    package let specIndex: Int
    /// 1-based session number in its series; nil for a single meeting.
    package let session: Int?
    package let sessionCount: Int
    package let kind: MeetingKind
    package let phase: Int?
    package let duration: Int
    /// Partner indices, sorted; `optional` never repeats a required partner.
    package let required: [Int]
    package let optional: [Int]
    package let participants: Int
    package let online: Bool
    /// Rooms that fit regardless of time: capacity, needs, `rooms`, `sites`.
    package let eligibleRooms: [Int]
    package let allowedDays: Set<Weekday>
    /// Slot indices allowed for every occupied slot.
    package let allowedSlots: Set<Int>
    /// Horizon ∩ meeting window ∩ phase window (possibly empty).
    package let window: DateSpan
    /// Period ids the meeting must not fall in.
    package let avoid: [String]
    package let fixed: Pin?
    package let prefer: MeetingPreference?
    package let purpose: String?
    package let url: String?
    /// Where the meeting is written in the instance file, for messages.
    package let location: SourceLocation?
    /// `meetings[i]` path of its spec.
    package let path: String
    /// Every start (grid time) at which the meeting may be placed, with the
    /// rooms it may use there; empty `rooms` for an online meeting.
    package internal(set) var candidates: [Candidate] = []
}

package struct Candidate: Sendable, Equatable {
    package let start: Int
    package let rooms: [Int]

    package init(start: Int, rooms: [Int]) {
        self.start = start
        self.rooms = rooms
    }
}

/// "`after` starts after `before`", with the format's day semantics: with
/// `minDays == 0` on slots, otherwise on calendar days.
package struct Relation: Sendable, Equatable {
    package enum Origin: Sendable, Equatable {
        case after
        case spacing
    }
    package let before: Int
    package let after: Int
    package let minDays: Int
    package let maxDays: Int?
    package let origin: Origin

    package init(before: Int, after: Int, minDays: Int, maxDays: Int?, origin: Origin) {
        self.before = before
        self.after = after
        self.minDays = minDays
        self.maxDays = maxDays
        self.origin = origin
    }
}

/// "Every meeting of phase `after` starts after every meeting of phase `before` has ended."
package struct PhaseOrder: Sendable, Equatable {
    package let before: Int
    package let after: Int
    package let gapDays: Int
}

/// Consecutive sessions of a series with a `target_days` gap (soft).
package struct SpacingTarget: Sendable, Equatable {
    package let first: Int
    package let second: Int
    package let targetDays: Int
}
