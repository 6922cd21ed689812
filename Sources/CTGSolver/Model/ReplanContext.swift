/// What re-planning adds to a model: where each meeting was, which meetings
/// are frozen (they took place), so that moves are priced and the past kept.
package struct ReplanContext: Sendable {
    package struct Previous: Sendable {
        /// Grid time of the previous start, nil when that slot no longer exists.
        package var start: Int?
        /// Room index, nil for online or a room gone from the instance.
        package var room: Int?
        /// The previous room id, kept even if the room is gone, for the room_changed rule.
        var roomID: String?
        init(start: Int?, room: Int?, roomID: String?) {
            self.start = start
            self.room = room
            self.roomID = roomID
        }
    }

    /// By meeting index: meetings of the previous schedule still in the instance.
    package var previous: [Int: Previous]
    /// Meeting indices whose previous start is before `now`: they stay put.
    package var frozen: Set<Int>

    init(previous: [Int: Previous], frozen: Set<Int>) {
        self.previous = previous
        self.frozen = frozen
    }
}
