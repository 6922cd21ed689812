extension ExpandedInstance {
    /// Leaves meeting `index` one candidate: exactly `start` in `room` (none
    /// when online). A decomposition part fixes the meetings of other parts
    /// this way, and a re-plan its frozen meetings: both see one placement.
    package mutating func pin(_ index: Int, start: Int, room: Int?) {
        meetings[index].candidates = [Candidate(start: start, rooms: room.map { [$0] } ?? [])]
    }
}
