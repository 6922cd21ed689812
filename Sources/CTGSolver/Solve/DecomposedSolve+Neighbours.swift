import CTGCore

extension DecomposedSolve {
    /// Meetings outside `part` that its rows can involve: those sharing a
    /// partner (required or optional), a room it may use, or a phase order.
    /// Only they need to be in a part's model as fixed meetings; the others
    /// cannot clash with it.
    func neighbours(of part: [Int]) -> [Int] {
        let inside = Set(part)
        var partners = Set<Int>()
        var rooms = Set<Int>()
        var phases = Set<Int>()
        for m in part {
            let meeting = instance.meetings[m]
            partners.formUnion(meeting.required + meeting.optional)
            rooms.formUnion(meeting.eligibleRooms)
            if let phase = meeting.phase { phases.insert(phase) }
        }
        let ordered = Set(
            instance.phaseOrders.flatMap { order in
                phases.contains(order.before) || phases.contains(order.after) ? [order.before, order.after] : []
            })
        return instance.meetings.indices.filter { m in
            guard !inside.contains(m) else { return false }
            let meeting = instance.meetings[m]
            return !partners.isDisjoint(with: meeting.required + meeting.optional)
                || !rooms.isDisjoint(with: meeting.eligibleRooms) || meeting.phase.map(ordered.contains) ?? false
        }
    }
}
