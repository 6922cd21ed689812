/// The objective of a schedule counted from the format's table of soft
/// constraints, on the schedule as written, so that two solvers — or a
/// solver and a person — can be compared on the same number.
///
/// Meetings that could not be placed (reported under constraint 1) count
/// nothing; a frozen meeting counts like any other except for `moved` and
/// `room_changed`, which the format prices only for meetings that may move.
struct ObjectiveRecount {
    /// Weighted value of each term, by the format's name.
    private(set) var breakdown: [String: Int]

    package var objective: Int { breakdown.values.reduce(0, +) }

    init(layout: ScheduleLayout, replan: ReplanChecks?) {
        let weights = layout.instance.instance.weights
        let moves = replan?.moves(layout)
        let counts: [String: Int] = [
            "optional_absent": Self.optionalAbsent(layout),
            "partner_preference": Self.partnerPreference(layout),
            "meeting_preference": Self.meetingPreference(layout),
            "spacing_deviation": Self.spacingDeviation(layout),
            "moved": moves?.moved ?? 0,
            "room_changed": moves?.roomChanged ?? 0,
        ]
        breakdown = counts.reduce(into: [:]) { $0[$1.key] = $1.value * (weights[$1.key] ?? 0) }
    }

    /// One count per (meeting, optional attendee) who is unavailable in one
    /// of its slots or required at another meeting sharing one of them.
    private static func optionalAbsent(_ layout: ScheduleLayout) -> Int {
        let instance = layout.instance
        var count = 0
        for (m, placement) in layout.placements {
            for partner in instance.meetings[m].optional {
                let absent = placement.slots.contains { slot in
                    if let t = layout.gridTime(placement.date, slot), instance.partnerUnavailable[partner][t] {
                        return true
                    }
                    let others = layout.occupancy[DatedSlot(date: placement.date, slot: slot)] ?? []
                    return others.contains { $0 != m && instance.meetings[$0].required.contains(partner) }
                }
                if absent { count += 1 }
            }
        }
        return count
    }

    /// One count per (meeting, required attendee with `prefers`) when the
    /// date's weekday is not a preferred day or any occupied slot is not a
    /// preferred slot.
    private static func partnerPreference(_ layout: ScheduleLayout) -> Int {
        let instance = layout.instance
        var count = 0
        for (m, placement) in layout.placements {
            for partner in instance.meetings[m].required {
                guard let prefers = instance.partners[partner].prefers else { continue }
                let dayMissed = prefers.days.map { !$0.contains(placement.date.weekday) } ?? false
                let slotMissed =
                    prefers.slots.map { preferred in
                        placement.slots.contains { !preferred.contains(instance.grid.slots[$0].id) }
                    } ?? false
                if dayMissed || slotMissed { count += 1 }
            }
        }
        return count
    }

    /// One count per unmet item of `prefer`: days, slots (any occupied slot
    /// outside), rooms (no room is outside the list), not_in (the date in
    /// any of the periods).
    private static func meetingPreference(_ layout: ScheduleLayout) -> Int {
        let instance = layout.instance
        var count = 0
        for (m, placement) in layout.placements {
            guard let prefer = instance.meetings[m].prefer else { continue }
            if let days = prefer.days, !days.contains(placement.date.weekday) { count += 1 }
            if let slots = prefer.slots,
                placement.slots.contains(where: { !slots.contains(instance.grid.slots[$0].id) })
            {
                count += 1
            }
            if let rooms = prefer.rooms, !rooms.contains(where: { $0 == placement.assignment.room }) { count += 1 }
            if let periods = prefer.notIn,
                periods.contains(where: { instance.periods[$0]?.contains { $0.contains(placement.date) } ?? false })
            {
                count += 1
            }
        }
        return count
    }

    /// |gap − target_days| over consecutive sessions, gap in calendar days.
    private static func spacingDeviation(_ layout: ScheduleLayout) -> Int {
        layout.instance.spacingTargets.reduce(0) { total, target in
            guard let first = layout.placements[target.first], let second = layout.placements[target.second] else {
                return total
            }
            return total + abs(first.date.days(to: second.date) - target.targetDays)
        }
    }
}
