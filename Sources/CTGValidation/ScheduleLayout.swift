import CTGCore

/// Where a schedule puts one meeting, in the instance's terms.
struct PlacedMeeting {
    package let meeting: Int
    package let assignment: Assignment
    package let date: LocalDate
    /// Indices in `calendar.slots` of the occupied slots of `date`.
    package let slots: Range<Int>
    /// Index of the room, nil when there is none or the id is not a room of the instance.
    package let room: Int?

    package var start: Int { slots.lowerBound }
}

/// One slot of one date, also outside the horizon where the grid has no
/// time for it; ordered in time.
struct DatedSlot: Hashable, Comparable {
    package let date: LocalDate
    /// Index in `calendar.slots`; the slot count stands for the end of the day.
    package let slot: Int

    static func < (a: DatedSlot, b: DatedSlot) -> Bool { (a.date, a.slot) < (b.date, b.slot) }
}

/// The schedule read against the instance: which assignment stands for
/// which meeting, and the slots it occupies. Every later check works on
/// this, so an assignment that cannot be placed (unknown meeting or slot, a
/// duration that runs past the day) is reported once here and skipped after.
struct ScheduleLayout {
    package let instance: ExpandedInstance
    /// By meeting index, the first assignment that names it.
    private(set) var listed: [Int: Assignment] = [:]
    /// By meeting index, for every listed meeting whose date and slots could be read.
    private(set) var placements: [Int: PlacedMeeting] = [:]
    /// Meeting indices frozen by a re-plan: they had started before `now`.
    package let frozen: Set<Int>
    /// Meetings occupying each slot, in meeting order.
    private(set) var occupancy: [DatedSlot: [Int]] = [:]
    private(set) var violations: [Violation] = []

    /// `frozen` gives, for each frozen meeting, where the previous schedule had it.
    init(_ schedule: Schedule, instance: ExpandedInstance, frozen: [Int: Assignment]) {
        self.instance = instance
        self.frozen = Set(frozen.keys)
        for assignment in schedule.assignments {
            guard let m = instance.meetingIndex[assignment.meeting] else {
                violations.append(
                    Violation(
                        constraint: 0, meeting: assignment.meeting, slot: nil,
                        message: "is not a meeting of the instance (a session of a series is `ID#k`)"))
                continue
            }
            guard listed[m] == nil else {
                violations.append(
                    Violation(
                        constraint: 1, meeting: assignment.meeting, slot: nil,
                        message: "is assigned more than once; a meeting gets exactly one date and start slot"))
                continue
            }
            listed[m] = assignment
            place(assignment, meeting: m, previous: frozen[m])
        }
        for meeting in instance.meetings where listed[meeting.index] == nil {
            violations.append(
                Violation(constraint: 1, meeting: meeting.id, slot: nil, message: "has no assignment in the schedule"))
        }
        for m in placements.keys.sorted() {
            let placement = placements[m]!
            for slot in placement.slots {
                occupancy[DatedSlot(date: placement.date, slot: slot), default: []].append(m)
            }
        }
    }

    private mutating func place(_ assignment: Assignment, meeting m: Int, previous: Assignment?) {
        let grid = instance.grid
        let meeting = instance.meetings[m]
        let room = assignment.room.flatMap { instance.roomIndex[$0] }
        if let previous, assignment.date == previous.date, assignment.slot == previous.slot,
            assignment.slots == previous.slots
        {
            // Frozen and unmoved: it keeps the previous slots whatever the
            // instance says now, and is not placed at all if they no longer exist.
            let indices = previous.slots.compactMap(grid.slotIndex)
            if let first = indices.first, indices == Array(first..<(first + indices.count)),
                grid.slotIndex(of: previous.slot) == first
            {
                placements[m] = PlacedMeeting(
                    meeting: m, assignment: assignment, date: assignment.date, slots: first..<(first + indices.count),
                    room: room)
            }
            return
        }
        guard let start = grid.slotIndex(of: assignment.slot) else {
            let known = grid.slots.map(\.id).joined(separator: ", ")
            violations.append(
                Violation(
                    constraint: 1, meeting: meeting.id, slot: "\(assignment.date) \(assignment.slot)",
                    message: "slot \(assignment.slot) is not a slot of the calendar (\(known))"))
            return
        }
        guard start + meeting.duration <= grid.slotsPerDay else {
            violations.append(
                Violation(
                    constraint: 1, meeting: meeting.id, slot: "\(assignment.date) \(assignment.slot)",
                    message:
                        "\(meeting.duration) consecutive slots from \(assignment.slot) run past the last slot of the day"
                ))
            return
        }
        placements[m] = PlacedMeeting(
            meeting: m, assignment: assignment, date: assignment.date, slots: start..<(start + meeting.duration),
            room: room)
    }

    /// The grid time of a slot, nil outside the horizon (where no availability is known).
    func gridTime(_ date: LocalDate, _ slot: Int) -> Int? {
        instance.grid.dayIndex(of: date).map { instance.grid.time(day: $0, slot: slot) }
    }

    /// `2022-06-21 morning`, the way violations name a slot.
    func slotName(_ date: LocalDate, _ slot: Int) -> String { "\(date) \(instance.grid.slots[slot].id)" }

    func slotName(_ placement: PlacedMeeting) -> String { slotName(placement.date, placement.start) }

    func slotName(_ slot: DatedSlot) -> String { slotName(slot.date, slot.slot) }

    package func id(_ m: Int) -> String { instance.meetings[m].id }

    /// Whether a rule that concerns only `meetings` is waived: all of them are frozen.
    func waived(_ meetings: Int...) -> Bool { meetings.allSatisfy(frozen.contains) }

    /// Every two meetings that occupy one dated slot, slots in order, each
    /// pair once per slot (earlier-listed meeting first); pairs of frozen
    /// meetings are left out, since what took place is not judged again.
    func meetingPairsSharingASlot() -> [(slot: DatedSlot, first: Int, second: Int)] {
        occupancy.keys.sorted().flatMap { slot in
            let here = occupancy[slot]!
            return here.indices.flatMap { i in
                here[(i + 1)...].filter { !waived(here[i], $0) }.map { (slot, here[i], $0) }
            }
        }
    }
}
