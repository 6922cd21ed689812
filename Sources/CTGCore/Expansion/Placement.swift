/// Where one meeting is: its start (grid time) and room (nil when online).
/// The solver produces placements; schedules, restrictions and re-plans are
/// built from them, so the type lives with the expanded instance.
package struct Placement: Sendable, Equatable {
    package var meeting: Int
    package var start: Int
    package var room: Int?
    package init(meeting: Int, start: Int, room: Int?) {
        self.meeting = meeting
        self.start = start
        self.room = room
    }
}
