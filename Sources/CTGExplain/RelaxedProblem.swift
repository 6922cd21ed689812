import CTGCore
import CTGSolver
internal import MIP

/// Some meetings of a `ConflictSpace` with some requirements relaxed, as an
/// ordinary `ExpandedInstance` whose meetings are renumbered from 0.
struct RelaxedProblem {
    package let expanded: ExpandedInstance
    /// The space's index of each meeting of `expanded`.
    package let meetings: [Int]
    /// For each meeting of `expanded` and each of its candidates, the index
    /// of the loose candidate it comes from.
    package let sources: [[Int]]

    /// What a probe found.
    package enum Outcome {
        case feasible([Placement])
        case infeasible
        /// The time limit ran out first.
        case unknown
    }

    /// Solves the problem with GLPK. Without `shape`, the objective is zero,
    /// so the first schedule found ends the search; `shape` may set costs and
    /// add rows to look for a particular schedule instead.
    package func solve(timeLimit: Double, shape: ((inout ScheduleModel) -> Void)? = nil) throws -> Outcome {
        var built = ModelBuilder.build(expanded, names: false)
        for columns in built.termColumns.values {
            for (column, _) in columns { built.model.setObjective(column, 0) }
        }
        shape?(&built)
        var options = SolveOptions()
        options.timeLimit = max(0.05, timeLimit)
        let result = try Solver.solve(built.model, options: options)
        switch result.status {
        case .infeasible: return .infeasible
        case .optimal, .feasible: return .feasible(built.placements(from: result.values, instance: expanded))
        case .timeLimitWithoutSolution, .stoppedWithoutSolution: return .unknown
        case .unbounded:
            throw PlannerError.internalError("a relaxed problem is unbounded, which a schedule model can never be")
        }
    }

    /// The space's meeting index → this problem's.
    var positions: [Int: Int] { Dictionary(uniqueKeysWithValues: meetings.enumerated().map { ($1, $0) }) }
}

extension ConflictSpace {
    /// The meetings of `scope` (space indices) with every requirement in
    /// force except those of `relaxed`.
    package func problem(scope: [Int], relaxed: Set<Requirement>) -> RelaxedProblem {
        var position: [Int: Int] = [:]
        var restricted: [Meeting] = []
        var sources: [[Int]] = []
        let allRooms = Array(instance.rooms.indices)
        for m in scope {
            position[m] = restricted.count
            let meeting = meetings[m]
            let usable = Set(allRooms.filter { roomBreaks[m][$0]?.allSatisfy(relaxed.contains) ?? true })
            var candidates: [Candidate] = []
            var source: [Int] = []
            for (k, candidate) in loose[m].enumerated() where candidate.breaks.allSatisfy(relaxed.contains) {
                let rooms = candidate.rooms.filter(usable.contains)
                if !meeting.online && rooms.isEmpty { continue }
                candidates.append(Candidate(start: candidate.start, rooms: rooms))
                source.append(k)
            }
            // Room-class rows in the model rely on eligibleRooms covering every candidate's rooms.
            let eligible =
                meeting.online ? [] : (relaxed.contains(.roomNeed(meeting: m)) ? allRooms : meeting.eligibleRooms)
            restricted.append(
                meeting.restricted(index: restricted.count, eligibleRooms: eligible, candidates: candidates))
            sources.append(source)
        }

        var kept: [Relation] = []
        for (r, relation) in relations.enumerated() {
            guard let a = position[relation.before], let b = position[relation.after] else { continue }
            let maxDays = relaxed.contains(.maximumGap(relation: r)) ? nil : relation.maxDays
            if !relaxed.contains(.minimumGap(relation: r)) || relation.origin == .spacing {
                let minDays = relaxed.contains(.minimumGap(relation: r)) ? 0 : relation.minDays
                kept.append(Relation(before: a, after: b, minDays: minDays, maxDays: maxDays, origin: relation.origin))
            } else if let maxDays, maxDays > 0 {
                // Only the upper bound is left: date(b) − date(a) ≤ max is
                // "a comes at least −max days after b". A max of 0 without
                // its lower bound goes too, which keeps feasibility monotone.
                kept.append(Relation(before: b, after: a, minDays: -maxDays, maxDays: nil, origin: relation.origin))
            }
        }
        let orders = phaseOrders.indices.filter { !relaxed.contains(.phaseOrder(order: $0)) }.map { phaseOrders[$0] }
        let series = distinctSiteSeries.indices.filter { !relaxed.contains(.distinctSites(series: $0)) }
            .map { distinctSiteSeries[$0].compactMap { position[$0] } }
            .filter { $0.count > 1 }

        var edited = instance
        for requirement in relaxed {
            switch requirement {
            case .partnerDayLimit(let p): edited.partners[p].maxPerDay = nil
            case .partnerWeekLimit(let p): edited.partners[p].maxPerWeek = nil
            default: break
            }
        }
        let expanded = ExpandedInstance(
            tables: tables, instance: edited, meetings: restricted, relations: kept, phaseOrders: orders,
            distinctSiteSeries: series)
        return RelaxedProblem(expanded: expanded, meetings: scope, sources: sources)
    }
}
