/// One meeting to place, after series expansion: a single meeting keeps its
/// id, session k of a series `S` is `S#k`. Every reference is an index into
/// `ExpandedInstance`'s arrays.
public struct Meeting: Sendable {
    public internal(set) var index: Int
    public let id: String
    public let title: String
    /// Index in `Instance.meetings` of the spec this meeting comes from.
    public let specIndex: Int
    /// 1-based session number in its series; nil for a single meeting.
    public let session: Int?
    public let sessionCount: Int
    public let kind: MeetingKind
    public let phase: Int?
    public let duration: Int
    /// Partner indices, sorted; `optional` never repeats a required partner.
    public let required: [Int]
    public let optional: [Int]
    public let participants: Int
    public let online: Bool
    /// Rooms that fit regardless of time: capacity, needs, `rooms`, `sites`.
    public let eligibleRooms: [Int]
    public let allowedDays: Set<Weekday>
    /// Slot indices allowed for every occupied slot.
    public let allowedSlots: Set<Int>
    /// Horizon ∩ meeting window ∩ phase window (possibly empty).
    public let window: DateSpan
    /// Period ids the meeting must not fall in.
    public let avoid: [String]
    public let fixed: Pin?
    public let prefer: MeetingPreference?
    public let purpose: String?
    public let url: String?
    /// Where the meeting is written in the instance file, for messages.
    public let location: SourceLocation?
    /// `meetings[i]` path of its spec.
    public let path: String
    /// Every start (grid time) at which the meeting may be placed, with the
    /// rooms it may use there; empty `rooms` for an online meeting.
    public internal(set) var candidates: [Candidate] = []
}

public struct Candidate: Sendable, Equatable {
    public let start: Int
    public let rooms: [Int]
}

/// "`after` starts after `before`", with the format's day semantics: with
/// `minDays == 0` on slots, otherwise on calendar days.
public struct Relation: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case after
        case spacing
    }
    public let before: Int
    public let after: Int
    public let minDays: Int
    public let maxDays: Int?
    public let origin: Origin
}

/// "Every meeting of phase `after` starts after every meeting of phase `before` has ended."
public struct PhaseOrder: Sendable, Equatable {
    public let before: Int
    public let after: Int
    public let gapDays: Int
}

/// Consecutive sessions of a series with a `target_days` gap (soft).
public struct SpacingTarget: Sendable, Equatable {
    public let first: Int
    public let second: Int
    public let targetDays: Int
}
