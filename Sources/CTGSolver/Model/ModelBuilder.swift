import CTGCore
package import MIP

/// Builds the MIP of an expanded instance. One method per hard constraint of
/// the format, in the format's order, so the code can be held against the
/// contract; the objective is in `ModelBuilder+Objective.swift`.
///
/// Constraints 2, 3 and 9 (candidate slots, required partners available,
/// pins) and the static part of 6 (capacity, features, allowed rooms, room
/// availability) need no rows: `ExpandedInstance` only offers candidates that
/// satisfy them, so no column exists for a forbidden placement.
///
/// The formulation is time-indexed and disaggregated: orders between meetings
/// are written on cumulative sums ("B started by τ ⇒ A ended by τ"), which
/// keeps the LP relaxation tight, instead of start-time expressions with big-M.
package struct ModelBuilder {
    package let instance: ExpandedInstance
    package let replan: ReplanContext?
    /// Whether columns and rows get readable names (for export and debugging).
    package let names: Bool
    package var result: ScheduleModel
    /// Rows already added, by their sorted term signature and bound, to drop duplicates.
    private var seenRows: Set<RowKey> = []
    /// "Started by day D" columns per meeting, made on first use.
    var startedColumns: [Int: StartedByDay] = [:]
    /// Meetings covering each grid time: (meeting, candidate).
    let cover: [[(meeting: Int, candidate: Int)]]

    package init(instance: ExpandedInstance, replan: ReplanContext? = nil, names: Bool = true) {
        self.instance = instance
        self.replan = replan
        self.names = names
        result = ScheduleModel(model: Model(name: "ctg"), start: [], room: [])
        var cover = [[(meeting: Int, candidate: Int)]](repeating: [], count: instance.grid.count)
        for meeting in instance.meetings {
            for (c, candidate) in meeting.candidates.enumerated() {
                for t in candidate.start..<(candidate.start + meeting.duration) { cover[t].append((meeting.index, c)) }
            }
        }
        self.cover = cover
    }

    /// Builds the whole model.
    package static func build(_ instance: ExpandedInstance, replan: ReplanContext? = nil, names: Bool = true)
        -> ScheduleModel
    {
        var builder = ModelBuilder(instance: instance, replan: replan, names: names)
        builder.addColumns()
        builder.constraint1_oneStartEach()
        builder.constraint4_partnerNoOverlap()
        builder.constraint5_partnerLoad()
        builder.constraint6_roomNoOverlap()
        builder.constraint6_roomClassCounts()
        builder.constraint7_orders()
        builder.constraint8_distinctSites()
        builder.addObjective()
        return builder.result
    }

    // MARK: Columns

    private mutating func addColumns() {
        for meeting in instance.meetings {
            var starts: [Variable] = []
            var rooms: [[Variable]] = []
            for candidate in meeting.candidates {
                let place = names ? placeName(meeting, candidate.start) : ""
                starts.append(result.model.addVariable(name: names ? "y[\(place)]" : "", kind: .binary))
                if candidate.rooms.count > 1 {
                    rooms.append(
                        candidate.rooms.map { r in
                            result.model.addVariable(
                                name: names ? "x[\(place),\(instance.rooms[r].id)]" : "", kind: .binary)
                        })
                } else {
                    rooms.append([])
                }
            }
            result.start.append(starts)
            result.room.append(rooms)
        }
    }

    /// The column meaning "meeting m at candidate c in room r".
    func roomColumn(_ m: Int, _ c: Int, _ r: Int) -> Variable {
        let candidate = instance.meetings[m].candidates[c]
        if candidate.rooms.count <= 1 { return result.start[m][c] }
        return result.room[m][c][candidate.rooms.firstIndex(of: r)!]
    }

    // MARK: 1. Exactly one date and start slot (and one room among the candidate's)

    private mutating func constraint1_oneStartEach() {
        for meeting in instance.meetings {
            let m = meeting.index
            addRow("one_start[\(meeting.id)]", result.start[m].map { ($0, 1) }, .equal(1), unique: false)
            for (c, columns) in result.room[m].enumerated() where !columns.isEmpty {
                let place = names ? placeName(meeting, meeting.candidates[c].start) : ""
                addRow(
                    "one_room[\(place)]", columns.map { ($0, 1) } + [(result.start[m][c], -1)], .equal(0), unique: false
                )
            }
        }
    }

    // MARK: 4. No partner required at two meetings sharing a slot

    private mutating func constraint4_partnerNoOverlap() {
        var byPartner = [[Int: [(meeting: Int, candidate: Int)]]](repeating: [:], count: instance.partners.count)
        for meeting in instance.meetings {
            for (c, candidate) in meeting.candidates.enumerated() {
                for t in candidate.start..<(candidate.start + meeting.duration) {
                    for p in meeting.required { byPartner[p][t, default: []].append((meeting.index, c)) }
                }
            }
        }
        for (p, partner) in instance.partners.enumerated() {
            for t in byPartner[p].keys.sorted() {
                let terms = byPartner[p][t]!
                guard Set(terms.map(\.meeting)).count > 1 else { continue }
                addCapacityRow(
                    names ? "partner_clash[\(partner.id),\(timeName(t))]" : "",
                    terms.map { ($0.meeting, result.start[$0.meeting][$0.candidate]) }, capacity: 1)
            }
        }
    }

    // MARK: 5. max_per_day and max_per_week

    private mutating func constraint5_partnerLoad() {
        for (p, partner) in instance.partners.enumerated() {
            let load = instance.meetings.filter { $0.required.contains(p) }.flatMap { meeting in
                meeting.candidates.indices.map { (meeting: meeting.index, candidate: $0) }
            }
            if let limit = partner.maxPerDay {
                let byDay = Dictionary(grouping: load) { instance.grid.day(of: start($0.meeting, $0.candidate)) }
                for day in byDay.keys.sorted() {
                    addCapacityRow(
                        names ? "max_per_day[\(partner.id),\(instance.grid.dates[day])]" : "",
                        byDay[day]!.map { ($0.meeting, result.start[$0.meeting][$0.candidate]) }, capacity: limit)
                }
            }
            if let limit = partner.maxPerWeek {
                let byWeek = Dictionary(grouping: load) {
                    instance.grid.date(of: start($0.meeting, $0.candidate)).isoWeekMonday
                }
                for week in byWeek.keys.sorted() {
                    addCapacityRow(
                        names ? "max_per_week[\(partner.id),\(LocalDate(dayNumber: week))]" : "",
                        byWeek[week]!.map { ($0.meeting, result.start[$0.meeting][$0.candidate]) }, capacity: limit)
                }
            }
        }
    }

    // MARK: 6. One room per meeting, no two meetings in a room at once

    private mutating func constraint6_roomNoOverlap() {
        var byRoom = [[Int: [(meeting: Int, candidate: Int)]]](repeating: [:], count: instance.rooms.count)
        for meeting in instance.meetings {
            for (c, candidate) in meeting.candidates.enumerated() {
                for t in candidate.start..<(candidate.start + meeting.duration) {
                    for r in candidate.rooms { byRoom[r][t, default: []].append((meeting.index, c)) }
                }
            }
        }
        for (r, room) in instance.rooms.enumerated() {
            for t in byRoom[r].keys.sorted() {
                let terms = byRoom[r][t]!
                guard Set(terms.map(\.meeting)).count > 1 else { continue }
                addCapacityRow(
                    names ? "room_clash[\(room.id),\(timeName(t))]" : "",
                    terms.map { ($0.meeting, roomColumn($0.meeting, $0.candidate, r)) }, capacity: 1)
            }
        }
    }

    /// Implied by the rows above, but they tighten the LP a lot on busy slots:
    /// the meetings that can only use rooms of a set C cannot outnumber the
    /// rooms of C free at that time.
    private mutating func constraint6_roomClassCounts() {
        let classes = Set(instance.meetings.filter { !$0.online && $0.eligibleRooms.count > 1 }.map(\.eligibleRooms))
        for roomClass in classes.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let members = Set(
                instance.meetings.filter { !$0.online && Set($0.eligibleRooms).isSubset(of: roomClass) }.map(\.index))
            for t in 0..<instance.grid.count {
                let terms = cover[t].filter { members.contains($0.meeting) }
                let free = roomClass.filter { instance.isRoomAvailable($0, at: t) }.count
                guard Set(terms.map(\.meeting)).count > free else { continue }
                addCapacityRow(
                    names
                        ? "room_class[\(roomClass.map { instance.rooms[$0].id }.joined(separator: "+")),\(timeName(t))]"
                        : "",
                    terms.map { ($0.meeting, result.start[$0.meeting][$0.candidate]) }, capacity: free)
            }
        }
    }

    // MARK: 7. after relations, series spacing, phase order

    private mutating func constraint7_orders() {
        for relation in instance.relations where !bothFrozen(relation.before, relation.after) {
            let a = instance.meetings[relation.before]
            let b = instance.meetings[relation.after]
            let label = relation.origin == .spacing ? "spacing" : "after"
            // B's key ≥ A's key: slots when min_days is 0, days otherwise.
            if relation.minDays == 0 {
                addOrder(
                    names ? "\(label)[\(a.id)<\(b.id)]" : "", first: [keys(a) { $0 + a.duration }],
                    then: [keys(b) { $0 }])
            } else {
                addDayOrder(
                    names ? "\(label)_min[\(a.id)<\(b.id)]" : "", first: a.index, then: b.index, days: relation.minDays)
            }
            if let maxDays = relation.maxDays {
                addDayOrder(names ? "\(label)_max[\(a.id)<\(b.id)]" : "", first: b.index, then: a.index, days: -maxDays)
            }
        }
        let byPhase = instance.meetingsByPhase
        for order in instance.phaseOrders {
            let before = byPhase[order.before] ?? []
            let after = byPhase[order.after] ?? []
            let frozen = replan?.frozen ?? []
            // Orders between frozen meetings only are waived (they took place).
            let families = [
                (before, after.filter { !frozen.contains($0) }),
                (before.filter { !frozen.contains($0) }, after.filter { frozen.contains($0) }),
            ]
            let name = "\(instance.instance.phases[order.before].id)<\(instance.instance.phases[order.after].id)"
            for (index, family) in families.enumerated() where !family.0.isEmpty && !family.1.isEmpty {
                let first = family.0.map { m in
                    let a = instance.meetings[m]
                    return order.gapDays == 0 ? keys(a) { $0 + a.duration } : keys(a) { self.day($0) + order.gapDays }
                }
                let then = family.1.map { m in
                    order.gapDays == 0 ? keys(instance.meetings[m]) { $0 } : keys(instance.meetings[m]) { self.day($0) }
                }
                addOrder(names ? "phase\(index == 0 ? "" : "_frozen")[\(name)]" : "", first: first, then: then)
            }
        }
    }

    /// A meeting's start columns, each with an ordering key computed from its start time.
    private func keys(_ meeting: Meeting, _ key: (Int) -> Int) -> [(Variable, Int)] {
        meeting.candidates.enumerated().map { (result.start[meeting.index][$0.offset], key($0.element.start)) }
    }

    /// Adds "every meeting of `then` has a key ≥ every meeting of `first`"
    /// as cumulative rows: for each key τ of `then`, started-by-τ ≤ ready-by-τ.
    /// Between two sets of several meetings, a continuous boundary column u_τ
    /// sits in the middle so the rows grow with |first| + |then|, not the product.
    private mutating func addOrder(_ name: String, first: [[(Variable, Int)]], then: [[(Variable, Int)]]) {
        let points = Set(then.flatMap { $0.map(\.1) }).sorted()
        let viaBoundary = first.count > 1 && then.count > 1
        for (index, tau) in points.enumerated() {
            let ready = first.map { $0.filter { $0.1 <= tau } }
            let readyCounts = ready.map(\.count)
            // A later point with the same "ready" sets dominates this one.
            if index + 1 < points.count {
                let next = points[index + 1]
                if first.map({ $0.filter { $0.1 <= next }.count }) == readyCounts { continue }
            }
            // When every meeting of `first` is surely ready, nothing to say.
            if zip(ready, first).allSatisfy({ $0.count == $1.count }) { continue }
            let started = then.map { $0.filter { $0.1 <= tau }.map { ($0.0, 1.0) } }
            let rowName = names ? "\(name)@\(tau)" : ""
            if viaBoundary {
                let boundary = result.model.addVariable(
                    name: names ? "u[\(name)@\(tau)]" : "", kind: .continuous, lowerBound: 0, upperBound: 1)
                for (i, terms) in started.enumerated() where !terms.isEmpty {
                    addRow("\(rowName)/then\(i)", terms + [(boundary, -1)], .lessOrEqual(0))
                }
                for (i, terms) in ready.enumerated() {
                    addRow("\(rowName)/first\(i)", [(boundary, 1)] + terms.map { ($0.0, -1.0) }, .lessOrEqual(0))
                }
            } else {
                for startedTerms in started where !startedTerms.isEmpty {
                    for readyTerms in ready {
                        addRow(rowName, startedTerms + readyTerms.map { ($0.0, -1.0) }, .lessOrEqual(0))
                    }
                }
            }
        }
    }

    /// "day(then) ≥ day(first) + days" on the started-by-day columns:
    /// F_then(τ) ≤ F_first(τ − days) for each candidate day τ of `then` — two
    /// non-zeros a row instead of two cumulative sums. (A negative `days`
    /// writes a maximum gap with the roles swapped.)
    private mutating func addDayOrder(_ name: String, first: Int, then: Int, days: Int) {
        let earlier = startedByDay(first)
        let later = startedByDay(then)
        let points = later.days
        for (index, tau) in points.enumerated() {
            let ready = earlier.value(atDay: tau - days)
            // A later point with the same "ready" value dominates this one.
            if index + 1 < points.count, earlier.value(atDay: points[index + 1] - days) == ready { continue }
            if ready.column == nil && ready.constant == 1 { continue }
            let started = later.value(atDay: tau)
            let terms = started.terms(sign: 1) + ready.terms(sign: -1)
            if terms.isEmpty {
                // Both fixed: only an impossible order (then surely started, first surely not ready) needs a row.
                guard started.constant > ready.constant else { continue }
                addRow(names ? "\(name)@\(tau)" : "", result.start[then].map { ($0, 1) }, .lessOrEqual(0))
                continue
            }
            addRow(names ? "\(name)@\(tau)" : "", terms, .lessOrEqual(ready.constant - started.constant))
        }
    }

    // MARK: 8. distinct_sites series

    private mutating func constraint8_distinctSites() {
        for series in instance.distinctSiteSeries {
            var bySite: [String: [(meeting: Int, column: Variable)]] = [:]
            for m in series {
                for (c, candidate) in instance.meetings[m].candidates.enumerated() {
                    for r in candidate.rooms {
                        bySite[instance.rooms[r].site, default: []].append((m, roomColumn(m, c, r)))
                    }
                }
            }
            let seriesID = instance.instance.meetings[instance.meetings[series[0]].specIndex].id
            for site in bySite.keys.sorted() where Set(bySite[site]!.map(\.meeting)).count > 1 {
                addCapacityRow(names ? "distinct_sites[\(seriesID),\(site)]" : "", bySite[site]!, capacity: 1)
            }
        }
    }

    // MARK: Helpers

    package func start(_ m: Int, _ c: Int) -> Int { instance.meetings[m].candidates[c].start }
    package func day(_ t: Int) -> Int { instance.grid.day(of: t) }

    private func bothFrozen(_ a: Int, _ b: Int) -> Bool {
        guard let frozen = replan?.frozen else { return false }
        return frozen.contains(a) && frozen.contains(b)
    }

    /// A "at most `capacity`" row over meetings' columns, where frozen
    /// meetings are constants: their use is taken off the capacity, and a
    /// row among frozen meetings only is dropped (constraints between frozen
    /// meetings are waived).
    mutating func addCapacityRow(_ name: String, _ terms: [(meeting: Int, column: Variable)], capacity: Int) {
        let frozen = replan?.frozen ?? []
        let free = terms.filter { !frozen.contains($0.meeting) }
        guard !free.isEmpty else { return }
        let frozenUse = Set(terms.filter { frozen.contains($0.meeting) }.map(\.meeting)).count
        let remaining = max(0, capacity - frozenUse)
        guard Set(free.map(\.meeting)).count > remaining else { return }
        addRow(name, free.map { ($0.column, 1.0) }, .lessOrEqual(Double(remaining)))
    }

    mutating func addRow(_ name: String, _ terms: [(Variable, Double)], _ bound: ConstraintBound, unique: Bool = true) {
        if unique {
            let key = RowKey(
                terms: terms.map { RowKey.Entry(column: $0.0.index, coefficient: $0.1) }.sorted(), bound: "\(bound)")
            guard seenRows.insert(key).inserted else { return }
        }
        result.model.addConstraint(name: name, terms, bound)
    }

    func placeName(_ meeting: Meeting, _ t: Int) -> String { "\(meeting.id),\(timeName(t))" }

    func timeName(_ t: Int) -> String {
        "\(instance.grid.date(of: t)),\(instance.grid.slots[instance.grid.slot(of: t)].id)"
    }
}

private struct RowKey: Hashable {
    package struct Entry: Hashable, Comparable {
        package let column: Int
        let coefficient: Double
        static func < (a: Entry, b: Entry) -> Bool { (a.column, a.coefficient) < (b.column, b.coefficient) }
    }
    package let terms: [Entry]
    package let bound: String
}
