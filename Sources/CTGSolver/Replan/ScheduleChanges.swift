import CTGCore

/// What a re-plan changed, for the change report, the HTML report and the invitations.
package struct ScheduleChanges: Sendable {
    package var moved: [(meeting: String, from: Assignment, to: Assignment)]
    /// Kept in time, but in another room.
    package var roomChanged: [(meeting: String, from: Assignment, to: Assignment)]
    package var cancelled: [Cancellation]
    package var added: [String]
    /// Meetings that took place (frozen) where the edited instance would no
    /// longer allow them: kept, and said.
    package var frozenNowInvalid: [String]

    package init(
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
    package var updatedMeetings: Set<String> {
        Set(moved.map(\.meeting) + roomChanged.map(\.meeting) + added)
    }
}
