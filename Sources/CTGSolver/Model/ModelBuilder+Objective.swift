import CTGCore
package import MIP

/// The objective of the format's soft-constraint table. Every term but the
/// clash part of `optional_absent` and `spacing_deviation` is a cost on a
/// placement column; those two need auxiliary columns.
extension ModelBuilder {
    mutating func addObjective() {
        let weights = instance.instance.weights
        for meeting in instance.meetings {
            let m = meeting.index
            let placements = meeting.candidates.map {
                PlacementCosts(instance: instance, meeting: meeting, start: $0.start)
            }
            for (c, candidate) in meeting.candidates.enumerated() {
                let costs = placements[c]
                addCost(
                    .partnerPreference, result.start[m][c], weights.partnerPreference * costs.partnerPreferenceMisses)
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
                let others = cover[t].filter {
                    $0.meeting != meeting.index && instance.meetings[$0.meeting].required.contains(p)
                }
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

    /// |date(k+1) − date(k) − target| written as Σ_D |F_k(D − target) − F_{k+1}(D)|,
    /// where F_m(D) is "m has started by day D". At integer points the two are
    /// equal (the step functions differ on exactly |gap − target| days); in the
    /// LP relaxation the sum (a Wasserstein distance) is far tighter than the
    /// absolute difference of mean dates, which closes most of the gap.
    private mutating func addSpacingDeviations(weight: Int) {
        guard weight > 0 else { return }
        for target in instance.spacingTargets {
            let first = startedByDay(target.first)
            let second = startedByDay(target.second)
            let low = min(second.firstDay, first.firstDay + target.targetDays)
            let high = max(second.lastDay, first.lastDay + target.targetDays)
            let pair = names ? "\(instance.meetings[target.first].id),\(instance.meetings[target.second].id)" : ""
            for day in low..<high {
                let terms =
                    first.value(atDay: day - target.targetDays).terms(sign: 1)
                    + second.value(atDay: day).terms(sign: -1)
                let constant = first.value(atDay: day - target.targetDays).constant - second.value(atDay: day).constant
                if terms.isEmpty && constant == 0 { continue }
                let deviation = result.model.addVariable(
                    name: names ? "deviation[\(pair)@\(day)]" : "", kind: .continuous,
                    lowerBound: terms.isEmpty ? abs(constant) : 0, upperBound: 1)
                addCost(.spacingDeviation, deviation, weight)
                guard !terms.isEmpty else { continue }
                addRow(
                    names ? "deviation_over[\(pair)@\(day)]" : "", terms + [(deviation, -1)], .lessOrEqual(-constant),
                    unique: false)
                addRow(
                    names ? "deviation_under[\(pair)@\(day)]" : "", terms.map { ($0.0, -$0.1) } + [(deviation, -1)],
                    .lessOrEqual(constant), unique: false)
            }
        }
    }

    /// Columns F_m(D) = Σ_{candidates on days ≤ D} y, one per candidate day
    /// but the last (where F is 1), chained so each row stays short. Made
    /// once per meeting and shared by the deviation and order rows.
    mutating func startedByDay(_ m: Int) -> StartedByDay {
        if let known = startedColumns[m] { return known }
        let meeting = instance.meetings[m]
        let byDay = Dictionary(grouping: meeting.candidates.indices) { day(meeting.candidates[$0].start) }
        let days = byDay.keys.sorted()
        var columns: [Variable] = []
        var previous: Variable?
        for candidateDay in days.dropLast() {
            let column = result.model.addVariable(
                name: names ? "started[\(meeting.id)@\(instance.grid.dates[candidateDay])]" : "", kind: .continuous,
                lowerBound: 0, upperBound: 1)
            var terms = byDay[candidateDay]!.map { (result.start[meeting.index][$0], -1.0) } + [(column, 1.0)]
            if let previous { terms.append((previous, -1)) }
            addRow(
                names ? "started_def[\(meeting.id)@\(instance.grid.dates[candidateDay])]" : "", terms, .equal(0),
                unique: false)
            columns.append(column)
            previous = column
        }
        let started = StartedByDay(days: days, columns: columns)
        startedColumns[m] = started
        return started
    }
}

/// F_m as a function of the day: 0 before the first candidate day, a column
/// between, 1 from the last candidate day on.
struct StartedByDay {
    package let days: [Int]
    package let columns: [Variable]

    package var firstDay: Int { days.first ?? 0 }
    var lastDay: Int { days.last ?? 0 }

    struct Value: Equatable {
        package var column: Variable?
        var constant: Double
        package func terms(sign: Double) -> [(Variable, Double)] { column.map { [($0, sign)] } ?? [] }
    }

    package func value(atDay day: Int) -> Value {
        guard let first = days.first, day >= first else { return Value(column: nil, constant: 0) }
        if day >= lastDay { return Value(column: nil, constant: 1) }
        // The last candidate day ≤ day.
        var low = 0
        var high = days.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if days[mid] <= day { low = mid } else { high = mid - 1 }
        }
        return Value(column: columns[low], constant: 0)
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
            if let notIn = prefer.notIn, notIn.contains(where: { periods[$0]?.contains { $0.contains(date) } ?? false })
            {
                timePreferenceMisses += 1
            }
        }
        optionalUnavailable = Set(
            meeting.optional.filter { p in occupied.contains { !instance.isPartnerAvailable(p, at: $0) } })
    }
}
