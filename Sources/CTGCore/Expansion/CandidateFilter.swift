/// Computes a meeting's candidate starts and rooms (hard constraints 2, 3, 6
/// and 9 of the format, which concern one meeting alone), and when none is
/// left, says which requirement emptied the list, in a coordinator's words.
package struct CandidateFilter {
    package let grid: TimeGrid
    package let instance: Instance
    package let closedDates: [LocalDate: String]
    package let periods: [String: [DateSpan]]
    package let partnerUnavailable: [[Bool]]
    package let roomUnavailable: [[Bool]]

    package init(
        grid: TimeGrid, instance: Instance, closedDates: [LocalDate: String], periods: [String: [DateSpan]],
        partnerUnavailable: [[Bool]], roomUnavailable: [[Bool]]
    ) {
        self.grid = grid
        self.instance = instance
        self.closedDates = closedDates
        self.periods = periods
        self.partnerUnavailable = partnerUnavailable
        self.roomUnavailable = roomUnavailable
    }

    /// The requirements, in the order they are applied; a start rejected at a
    /// later stage got further, which is what the diagnosis looks for.
    enum Stage: Int, Comparable {
        case window, weekday, closed, avoided, slots, partner, pin, room
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    package struct Outcome {
        package var candidates: [Candidate]
        package var problem: String?
    }

    package func candidates(for meeting: Meeting) -> Outcome {
        var candidates: [Candidate] = []
        var furthest: Stage?
        var partnerBlocks: [[Int]] = []
        var pinRejection: Stage?
        let pinDay = meeting.fixed.flatMap { grid.dayIndex(of: $0.date) }
        let pinSlot = meeting.fixed.flatMap { grid.slotIndex(of: $0.slot) }
        let pinRoom = meeting.fixed?.room.flatMap { id in instance.rooms.firstIndex { $0.id == id } }

        for day in grid.dates.indices {
            for slot in 0..<grid.slotsPerDay {
                let start = grid.time(day: day, slot: slot)
                var blocked: [Int] = []
                var rooms: [Int] = []
                let stage = rejection(
                    meeting, day: day, slot: slot, start: start, blocked: &blocked, rooms: &rooms,
                    pin: (pinDay, pinSlot, pinRoom))
                if day == pinDay && slot == pinSlot { pinRejection = stage }
                guard let stage else {
                    candidates.append(Candidate(start: start, rooms: rooms))
                    continue
                }
                if stage == .partner { partnerBlocks.append(blocked) }
                if furthest == nil || stage > furthest! { furthest = stage }
            }
        }
        guard candidates.isEmpty else { return Outcome(candidates: candidates, problem: nil) }
        return Outcome(
            candidates: [],
            problem: explain(
                meeting, furthest: furthest ?? .window, partnerBlocks: partnerBlocks, pinRejection: pinRejection))
    }

    private func rejection(
        _ meeting: Meeting, day: Int, slot: Int, start: Int, blocked: inout [Int], rooms: inout [Int],
        pin: (day: Int?, slot: Int?, room: Int?)
    ) -> Stage? {
        let date = grid.dates[day]
        if !meeting.window.contains(date) { return .window }
        if !meeting.allowedDays.contains(date.weekday) { return .weekday }
        if closedDates[date] != nil { return .closed }
        if meeting.avoid.contains(where: { periods[$0]?.contains { $0.contains(date) } ?? false }) { return .avoided }
        let occupied = slot..<(slot + meeting.duration)
        if occupied.upperBound > grid.slotsPerDay || !occupied.allSatisfy(meeting.allowedSlots.contains) {
            return .slots
        }
        let times = occupied.map { grid.time(day: day, slot: $0) }
        blocked = meeting.required.filter { p in times.contains { partnerUnavailable[p][$0] } }
        if !blocked.isEmpty { return .partner }
        if meeting.fixed != nil && (pin.day != day || pin.slot != slot) { return .pin }
        if meeting.online { return nil }
        rooms = meeting.eligibleRooms.filter { r in
            !times.contains { roomUnavailable[r][$0] } && (pin.room == nil || pin.room == r)
        }
        return rooms.isEmpty ? .room : nil
    }

    private func explain(_ meeting: Meeting, furthest: Stage, partnerBlocks: [[Int]], pinRejection: Stage?) -> String {
        let window = "its window \(meeting.window)"
        let days = meeting.allowedDays.sorted().map(\.rawValue).joined(separator: ", ")
        switch furthest {
        case .window:
            return "no candidate slot: \(window) is empty (horizon ∩ meeting window ∩ phase window)"
        case .weekday:
            return "no candidate slot: no date of \(window) falls on an allowed day (\(days))"
        case .closed:
            return "no candidate slot: every allowed date of \(window) is a holiday or a closure"
        case .avoided:
            return
                "no candidate slot: every allowed date of \(window) is in an avoided period (\(meeting.avoid.joined(separator: ", ")))"
        case .slots:
            let slots = meeting.allowedSlots.sorted().map { grid.slots[$0].id }.joined(separator: ", ")
            return "no candidate slot: \(meeting.duration) consecutive slots never fit in the allowed slots (\(slots))"
        case .partner:
            let names = instance.partners
            if let culprit = meeting.required.first(where: { p in partnerBlocks.allSatisfy { $0.contains(p) } }) {
                return
                    "no candidate slot: \(names[culprit].name) is unavailable at every allowed slot (days: \(days)) of \(window)"
            }
            let involved = Set(partnerBlocks.joined()).sorted().map { names[$0].name }.joined(separator: ", ")
            return "no candidate slot: the required partners \(involved) are never all available together in \(window)"
        case .pin:
            let pin = meeting.fixed.map { "\($0.date) \($0.slot)" } ?? ""
            let reason = pinRejection.map(describe) ?? "it is outside the horizon"
            return "the pin \(pin) is not a candidate slot: \(reason)"
        case .room:
            return roomProblem(meeting)
        }
    }

    private func describe(_ stage: Stage) -> String {
        switch stage {
        case .window: "it is outside the meeting's window or its phase's window"
        case .weekday: "its weekday is not allowed"
        case .closed: "it is a holiday or a closure"
        case .avoided: "it falls in an avoided period"
        case .slots: "the slot is not allowed or the meeting does not fit in the day"
        case .partner: "a required partner is unavailable"
        case .pin: "it is not the pinned slot"
        case .room: "no room that fits is available then"
        }
    }

    private func roomProblem(_ meeting: Meeting) -> String {
        if meeting.eligibleRooms.isEmpty {
            let spec = instance.meetings[meeting.specIndex]
            let big = instance.rooms.filter { $0.capacity >= meeting.participants }
            if big.isEmpty {
                let largest = instance.rooms.map(\.capacity).max() ?? 0
                return "no room fits: \(meeting.participants) participants, the largest room holds \(largest)"
            }
            let equipped = big.filter { room in spec.needs.allSatisfy(room.features.contains) }
            if equipped.isEmpty {
                return
                    "no room fits: no room for \(meeting.participants) has all of \(spec.needs.joined(separator: ", "))"
            }
            return
                "no room fits: no room for \(meeting.participants) with the needed features is among the allowed rooms or sites"
        }
        if let pinned = meeting.fixed?.room, !meeting.eligibleRooms.contains(where: { instance.rooms[$0].id == pinned })
        {
            return "the pinned room \(pinned) does not fit (capacity, features, rooms or sites)"
        }
        let names = meeting.eligibleRooms.map { instance.rooms[$0].name }.joined(separator: ", ")
        return "no room available: every room that fits (\(names)) is unavailable at every candidate slot"
    }
}
