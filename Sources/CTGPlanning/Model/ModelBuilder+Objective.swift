import MIP

/// The objective of the format's soft-constraint table. Every term but the
/// clash part of `optional_absent` and `spacing_deviation` is a cost on a
/// placement column; those two need auxiliary columns.
extension ModelBuilder {
    mutating func addObjective() {
        let weights = instance.instance.weights
        for meeting in instance.meetings {
            let m = meeting.index
            let placements = meeting.candidates.map { PlacementCosts(instance: instance, meeting: meeting, start: $0.start) }
            for (c, candidate) in meeting.candidates.enumerated() {
                let costs = placements[c]
                addCost(.partnerPreference, result.start[m][c], weights.partnerPreference * costs.partnerPreferenceMisses)
                addCost(.meetingPreference, result.start[m][c], weights.meetingPreference * costs.timePreferenceMisses)
                addCost(.optionalAbsent, result.start[m][c], weights.optionalAbsent * costs.optionalUnavailable.count)
                let previous = replan?.previous[m]
                let moved = previous.map { $0.start != candidate.start } ?? false
                if moved { addCost(.moved, result.start[m][c], weights.moved) }
                if meeting.online {
                    if let previous, !moved, previous.roomID != nil {
                        addCost(.roomChanged, result.start[m][c], weights.roomChanged)
                    }
                }
                for r in candidate.rooms {
                    let column = roomColumn(m, c, r)
                    if let rooms = meeting.prefer?.rooms, !rooms.contains(instance.rooms[r].id) {
                        addCost(.meetingPreference, column, weights.meetingPreference)
                    }
                    if let previous, !moved, previous.roomID != instance.rooms[r].id {
                        addCost(.roomChanged, column, weights.roomChanged)
                    }
                }
            }
            addOptionalClashes(meeting, placements: placements, weight: weights.optionalAbsent)
        }
        addSpacingDeviations(weight: weights.spacingDeviation)
    }

    private mutating func addCost(_ term: ObjectiveTerm, _ column: Variable, _ cost: Int) {
        guard cost != 0 else { return }
        let current = result.model.variables[column.index].objective
        result.model.setObjective(column, current + Double(cost))
        result.termColumns[term, default: []].append((column, Double(cost)))
    }

    /// An optional attendee also required elsewhere at the same time is
    /// absent: a_{m,p} ≥ (m covers t) + (p busy at t) − 1, on the candidates
    /// where p is not already counted absent for unavailability.
    private mutating func addOptionalClashes(_ meeting: Meeting, placements: [PlacementCosts], weight: Int) {
        guard weight > 0 else { return }
        for p in meeting.optional {
            var rows: [(Int, [(Variable, Double)])] = []
            for t in Set(meeting.candidates.flatMap { $0.start..<($0.start + meeting.duration) }).sorted() {
                let own = cover[t].filter { entry in
                    entry.meeting == meeting.index && !placements[entry.candidate].optionalUnavailable.contains(p)
                }
                let others = cover[t].filter { $0.meeting != meeting.index && instance.meetings[$0.meeting].required.contains(p) }
                guard !own.isEmpty, !others.isEmpty else { continue }
                rows.append((t, (own + others).map { (result.start[$0.meeting][$0.candidate], 1.0) }))
            }
            guard !rows.isEmpty else { continue }
            let absent = result.model.addVariable(
                name: names ? "absent[\(meeting.id),\(instance.partners[p].id)]" : "", kind: .continuous, lowerBound: 0,
                upperBound: 1)
            addCost(.optionalAbsent, absent, weight)
            for (t, terms) in rows {
                addRow(
                    names ? "optional_clash[\(meeting.id),\(instance.partners[p].id),\(timeName(t))]" : "",
                    terms + [(absent, -1)], .lessOrEqual(1))
            }
        }
    }

    /// dev ≥ |date(k+1) − date(k) − target| with dates as Σ day·y.
    private mutating func addSpacingDeviations(weight: Int) {
        guard weight > 0 else { return }
        for target in instance.spacingTargets {
            let first = instance.meetings[target.first]
            let second = instance.meetings[target.second]
            let deviation = result.model.addVariable(
                name: names ? "deviation[\(first.id),\(second.id)]" : "", kind: .continuous, lowerBound: 0)
            addCost(.spacingDeviation, deviation, weight)
            let gap =
                second.candidates.enumerated().map { (result.start[second.index][$0.offset], Double(day($0.element.start))) }
                + first.candidates.enumerated().map { (result.start[first.index][$0.offset], -Double(day($0.element.start))) }
            let name = names ? "\(first.id),\(second.id)" : ""
            addRow("deviation_over[\(name)]", gap + [(deviation, -1)], .lessOrEqual(Double(target.targetDays)), unique: false)
            addRow(
                "deviation_under[\(name)]", gap.map { ($0.0, -$0.1) } + [(deviation, -1)],
                .lessOrEqual(-Double(target.targetDays)), unique: false)
        }
    }
}

/// The costs of placing one meeting at one start that do not depend on
/// other meetings. The validator does not use this: it recounts from the
/// format's definitions on its own.
struct PlacementCosts {
    var partnerPreferenceMisses = 0
    /// Unmet `prefer` items among days, slots and not_in.
    var timePreferenceMisses = 0
    /// Optional partners unavailable in one of the occupied slots.
    var optionalUnavailable: Set<Int> = []

    init(instance: ExpandedInstance, meeting: Meeting, start: Int) {
        let grid = instance.grid
        let date = grid.date(of: start)
        let occupied = (0..<meeting.duration).map { start + $0 }
        let slotIDs = occupied.map { grid.slots[grid.slot(of: $0)].id }
        for p in meeting.required {
            guard let prefers = instance.partners[p].prefers else { continue }
            let dayMiss = prefers.days.map { !$0.contains(date.weekday) } ?? false
            let slotMiss = prefers.slots.map { allowed in slotIDs.contains { !allowed.contains($0) } } ?? false
            if dayMiss || slotMiss { partnerPreferenceMisses += 1 }
        }
        if let prefer = meeting.prefer {
            if let days = prefer.days, !days.contains(date.weekday) { timePreferenceMisses += 1 }
            if let slots = prefer.slots, slotIDs.contains(where: { !slots.contains($0) }) { timePreferenceMisses += 1 }
            let periods = instance.periods
            if let notIn = prefer.notIn, notIn.contains(where: { periods[$0]?.contains { $0.contains(date) } ?? false }) {
                timePreferenceMisses += 1
            }
        }
        optionalUnavailable = Set(meeting.optional.filter { p in occupied.contains { !instance.isPartnerAvailable(p, at: $0) } })
    }
}
