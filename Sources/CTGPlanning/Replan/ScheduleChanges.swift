/// What a re-plan changed, for the change report, the HTML report and the invitations.
public struct ScheduleChanges: Sendable {
    public var moved: [(meeting: String, from: Assignment, to: Assignment)]
    /// Kept in time, but in another room.
    public var roomChanged: [(meeting: String, from: Assignment, to: Assignment)]
    public var cancelled: [Cancellation]
    public var added: [String]
    /// Meetings that took place (frozen) where the edited instance would no
    /// longer allow them: kept, and said.
    public var frozenNowInvalid: [String]

    public init(
        moved: [(meeting: String, from: Assignment, to: Assignment)] = [],
        roomChanged: [(meeting: String, from: Assignment, to: Assignment)] = [], cancelled: [Cancellation] = [],
        added: [String] = [], frozenNowInvalid: [String] = []
    ) {
        self.moved = moved
        self.roomChanged = roomChanged
        self.cancelled = cancelled
        self.added = added
        self.frozenNowInvalid = frozenNowInvalid
    }

    /// Meetings whose invitation must be sent again (moved, room changed, added).
    public var updatedMeetings: Set<String> {
        Set(moved.map(\.meeting) + roomChanged.map(\.meeting) + added)
    }
}
