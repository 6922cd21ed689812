import CTGCore
import CTGSolver
internal import MIP

/// One way out of a conflict: relax one of its requirements, by as little as
/// an elastic probe could find, shown with the placement that proves it works.
struct Repair {
    enum Change {
        /// Move the end (`later`) or the start of the meeting's window to `date`.
        case window(meeting: Int, date: LocalDate, later: Bool)
        case phaseWindow(phase: Int, date: LocalDate, later: Bool)
        case day(meeting: Int, weekday: Weekday)
        /// Allow the slots the meeting occupies at `start`.
        case slots(meeting: Int, start: Int)
        case avoid(meeting: Int, period: String, date: LocalDate)
        case availability(partner: Int, meeting: Int, start: Int)
        case dayLimit(partner: Int, limit: Int)
        case weekLimit(partner: Int, limit: Int)
        /// A smaller gap in days; nil when the order itself must go.
        case minimumGap(relation: Int, days: Int?)
        case maximumGap(relation: Int, days: Int)
        /// A smaller gap between the phases; nil when the order itself must go.
        case phaseOrder(order: Int, days: Int?)
        case distinctSites(series: Int, site: String)
        case pin(meeting: Int, start: Int, room: Int?)
        case room(meeting: Int, room: Int)
    }

    package let requirement: Requirement
    package let change: Change
    /// How far the change goes (days beyond a window, days off a gap, one
    /// more meeting a week…), to list the cheapest first.
    package let size: Int
}

/// Finds, for each requirement of a conflict, the smallest relaxation of
/// that requirement alone that lets the conflict's meetings be placed with
/// every other requirement of theirs in force: an elastic probe whose
/// objective is the size of the violation (days outside a window, days
/// short of a gap, meetings over a limit, slots where a partner is away).
struct RepairSearch {
    package let space: ConflictSpace
    package let scope: [Int]

    func repair(for requirement: Requirement, timeLimit: Double) throws -> Repair? {
        let problem = space.problem(scope: scope, relaxed: [requirement])
        let outcome = try problem.solve(timeLimit: timeLimit) { model in penalise(requirement, in: &model, problem) }
        guard case .feasible(let placements) = outcome else { return nil }
        var placed: [Int: Placement] = [:]
        for placement in placements { placed[problem.meetings[placement.meeting]] = placement }
        return describe(requirement, placed)
    }

    // MARK: Elastic objective

    private func penalise(_ requirement: Requirement, in built: inout ScheduleModel, _ problem: RelaxedProblem) {
        let position = problem.positions
        let grid = space.tables.grid
        func addCost(_ column: Variable, _ cost: Int) {
            built.model.setObjective(column, built.model.variables[column.index].objective + Double(cost))
        }
        func dayTerms(_ m: Int, sign: Double) -> [(Variable, Double)] {
            let pm = position[m]!
            return problem.expanded.meetings[pm].candidates.enumerated().map {
                (built.start[pm][$0.offset], sign * Double(grid.day(of: $0.element.start)))
            }
        }

        // Placements that break the requirement cost their distance to keeping it.
        for (pm, meeting) in problem.expanded.meetings.enumerated() {
            let m = problem.meetings[pm]
            for (c, candidate) in meeting.candidates.enumerated() {
                let source = space.loose[m][problem.sources[pm][c]]
                if source.breaks.contains(requirement) {
                    addCost(built.start[pm][c], violation(requirement, meeting: m, start: candidate.start))
                }
                for (i, r) in candidate.rooms.enumerated() where space.roomBreaks[m][r]?.contains(requirement) ?? false
                {
                    addCost(candidate.rooms.count > 1 ? built.room[pm][c][i] : built.start[pm][c], 1)
                }
            }
        }

        // Orders and limits: one slack column, priced per day or per meeting.
        switch requirement {
        case .minimumGap(let r) where space.relations[r].minDays > 0:
            let relation = space.relations[r]
            let slack = built.model.addVariable(name: "", kind: .continuous, lowerBound: 0, objective: 1)
            built.model.addConstraint(
                name: "", dayTerms(relation.after, sign: 1) + dayTerms(relation.before, sign: -1) + [(slack, 1)],
                .greaterOrEqual(Double(relation.minDays)))
        case .maximumGap(let r):
            let relation = space.relations[r]
            let slack = built.model.addVariable(name: "", kind: .continuous, lowerBound: 0, objective: 1)
            built.model.addConstraint(
                name: "", dayTerms(relation.after, sign: 1) + dayTerms(relation.before, sign: -1) + [(slack, -1)],
                .lessOrEqual(Double(relation.maxDays ?? 0)))
        case .phaseOrder(let o):
            let order = space.phaseOrders[o]
            let end = built.model.addVariable(name: "", kind: .continuous, lowerBound: nil)
            let begin = built.model.addVariable(name: "", kind: .continuous, lowerBound: nil)
            let slack = built.model.addVariable(name: "", kind: .continuous, lowerBound: 0, objective: 1)
            for m in scope where space.meetings[m].phase == order.before {
                built.model.addConstraint(name: "", dayTerms(m, sign: 1) + [(end, -1)], .lessOrEqual(0))
            }
            for m in scope where space.meetings[m].phase == order.after {
                built.model.addConstraint(name: "", dayTerms(m, sign: 1) + [(begin, -1)], .greaterOrEqual(0))
            }
            built.model.addConstraint(
                name: "", [(begin, 1), (end, -1), (slack, 1)], .greaterOrEqual(Double(order.gapDays)))
        case .partnerDayLimit(let p), .partnerWeekLimit(let p):
            let daily = if case .partnerDayLimit = requirement { true } else { false }
            let limit = (daily ? space.instance.partners[p].maxPerDay : space.instance.partners[p].maxPerWeek) ?? 0
            let excess = built.model.addVariable(name: "", kind: .continuous, lowerBound: 0, objective: 1)
            var groups: [Int: [(Variable, Double)]] = [:]
            for (pm, meeting) in problem.expanded.meetings.enumerated() where meeting.required.contains(p) {
                for (c, candidate) in meeting.candidates.enumerated() {
                    let date = grid.date(of: candidate.start)
                    groups[daily ? date.dayNumber : date.isoWeekMonday, default: []].append((built.start[pm][c], 1))
                }
            }
            for key in groups.keys.sorted() {
                built.model.addConstraint(name: "", groups[key]! + [(excess, -1)], .lessOrEqual(Double(limit)))
            }
        default:
            break
        }
    }

    /// How badly placing meeting `m` at `start` breaks a requirement of its own.
    private func violation(_ requirement: Requirement, meeting m: Int, start: Int) -> Int {
        let date = space.tables.grid.date(of: start)
        switch requirement {
        case .meetingWindow:
            return space.ownWindow(of: m).map { distance(date, $0) } ?? 1
        case .phaseWindow(let phase):
            return space.instance.phases[phase].window.map { distance(date, $0) } ?? 1
        case .pin:
            guard let pin = space.meetings[m].fixed else { return 1 }
            return 1 + abs(pin.date.days(to: date))
        default:
            return 1
        }
    }

    private func distance(_ date: LocalDate, _ window: DateSpan) -> Int {
        date < window.from ? date.days(to: window.from) : max(1, window.to.days(to: date))
    }

    // MARK: Reading the change off the placements

    private func describe(_ requirement: Requirement, _ placed: [Int: Placement]) -> Repair? {
        let grid = space.tables.grid
        func date(_ m: Int) -> LocalDate { grid.date(of: placed[m]!.start) }
        func gap(_ relation: Relation) -> Int { date(relation.before).days(to: date(relation.after)) }
        let change: Repair.Change
        var size = 1
        switch requirement {
        case .meetingWindow(let m):
            guard let window = space.ownWindow(of: m) else { return nil }
            change = .window(meeting: m, date: date(m), later: date(m) > window.to)
            size = distance(date(m), window)
        case .phaseWindow(let phase):
            guard let window = space.instance.phases[phase].window else { return nil }
            let outside = placed.keys.filter { space.meetings[$0].phase == phase }.map(date).filter {
                !window.contains($0)
            }
            if let latest = outside.filter({ $0 > window.to }).max() {
                change = .phaseWindow(phase: phase, date: latest, later: true)
                size = distance(latest, window)
            } else if let earliest = outside.min() {
                change = .phaseWindow(phase: phase, date: earliest, later: false)
                size = distance(earliest, window)
            } else {
                return nil
            }
        case .meetingDays(let m):
            change = .day(meeting: m, weekday: date(m).weekday)
        case .meetingSlots(let m):
            change = .slots(meeting: m, start: placed[m]!.start)
        case .avoidedPeriods(let m):
            let period = space.meetings[m].avoid.first {
                space.tables.periods[$0]?.contains { $0.contains(date(m)) } ?? false
            }
            change = .avoid(meeting: m, period: period ?? "", date: date(m))
        case .partnerAvailability(let p, let m):
            change = .availability(partner: p, meeting: m, start: placed[m]!.start)
        case .partnerDayLimit(let p), .partnerWeekLimit(let p):
            let daily = if case .partnerDayLimit = requirement { true } else { false }
            var counts: [Int: Int] = [:]
            for m in placed.keys where space.meetings[m].required.contains(p) {
                counts[daily ? date(m).dayNumber : date(m).isoWeekMonday, default: 0] += 1
            }
            let most = counts.values.max() ?? 0
            let limit = (daily ? space.instance.partners[p].maxPerDay : space.instance.partners[p].maxPerWeek) ?? most
            change = daily ? .dayLimit(partner: p, limit: most) : .weekLimit(partner: p, limit: most)
            size = max(1, most - limit)
        case .minimumGap(let r):
            let relation = space.relations[r]
            let days = gap(relation)
            let keepsOrder = relation.origin == .spacing || (relation.minDays > 0 && days >= 1)
            change = .minimumGap(relation: r, days: keepsOrder ? max(0, days) : nil)
            size = keepsOrder ? max(1, relation.minDays - days) : max(1, relation.minDays) + 1
        case .maximumGap(let r):
            let relation = space.relations[r]
            change = .maximumGap(relation: r, days: gap(relation))
            size = max(1, gap(relation) - (relation.maxDays ?? 0))
        case .phaseOrder(let o):
            let order = space.phaseOrders[o]
            let before = placed.keys.filter { space.meetings[$0].phase == order.before }.map(date)
            let after = placed.keys.filter { space.meetings[$0].phase == order.after }.map(date)
            let slack = (before.max() ?? grid.dates[0]).days(to: after.min() ?? grid.dates[0])
            change = .phaseOrder(order: o, days: order.gapDays > 0 && slack >= 1 ? slack : nil)
            size = max(1, order.gapDays - slack)
        case .distinctSites(let s):
            var sites: Set<String> = []
            let repeated = space.distinctSiteSeries[s].compactMap { placed[$0]?.room }.map {
                space.instance.rooms[$0].site
            }
            .first { !sites.insert($0).inserted }
            change = .distinctSites(series: s, site: repeated ?? "")
        case .pin(let m):
            change = .pin(meeting: m, start: placed[m]!.start, room: placed[m]!.room)
            size = violation(requirement, meeting: m, start: placed[m]!.start)
        case .roomNeed(let m):
            guard let room = placed[m]?.room else { return nil }
            change = .room(meeting: m, room: room)
        }
        return Repair(requirement: requirement, change: change, size: size)
    }
}
