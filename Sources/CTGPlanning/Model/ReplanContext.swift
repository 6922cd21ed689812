/// What re-planning adds to a model: where each meeting was, which meetings
/// are frozen (they took place), so that moves are priced and the past kept.
public struct ReplanContext: Sendable {
    public struct Previous: Sendable {
        /// Grid time of the previous start, nil when that slot no longer exists.
        public var start: Int?
        /// Room index, nil for online or a room gone from the instance.
        public var room: Int?
        /// The previous room id, kept even if the room is gone, for the room_changed rule.
        public var roomID: String?
        public init(start: Int?, room: Int?, roomID: String?) {
            self.start = start
            self.room = room
            self.roomID = roomID
        }
    }

    /// By meeting index: meetings of the previous schedule still in the instance.
    public var previous: [Int: Previous]
    /// Meeting indices whose previous start is before `now`: they stay put.
    public var frozen: Set<Int>

    public init(previous: [Int: Previous], frozen: Set<Int>) {
        self.previous = previous
        self.frozen = frozen
    }
}
