import Foundation
import MIP
import CTGCore
import CTGValidation

/// Solves an instance too large for one MIP (a whole department: ~20
/// territories sharing CAF, CD and MSA staff) part by part, with an honest
/// bound.
///
/// 1. **First schedule**: the parts are solved in waves of parts that share
///    no required partner or room (two at a time), each with the meetings
///    already placed fixed (as frozen meetings of a re-plan, so shared
///    partners' clashes and load limits are respected).
/// 2. **Bound**: each part alone, every coupling dropped, on both cores.
///    Dropping constraints and the other parts' meetings can only lower a
///    part's optimum, so the sum of the parts' bounds is a lower bound.
/// 3. **Improvement** (large-neighbourhood search): each part in turn is solved
///    again with all the others fixed, starting from its current placement,
///    until time runs out, a round improves nothing, or the bound is reached.
struct DecomposedSolve {
    package let instance: ExpandedInstance
    package let parts: [[Int]]
    package let options: Planner.Options
    private let started = Date()

    init(instance: ExpandedInstance, parts: [[Int]], options: Planner.Options) {
        self.instance = instance
        self.parts = parts
        self.options = options
    }

    private var elapsed: Double { Date().timeIntervalSince(started) }
    private var remaining: Double { (options.timeLimit ?? .infinity) - elapsed }

    package func run() throws -> Planner.Outcome {
        let limit = options.timeLimit ?? 600
        var placements: [Int: Placement] = [:]
        var totalSize = ModelSize(columns: 0, binaries: 0, rows: 0, nonzeros: 0)

        // 1. First schedule, wave by wave: the parts of a wave share no
        // required partner and no room, so they can be placed at the same
        // time (two at a time, one per core) against what earlier waves placed.
        let waves = self.waves()
        for (number, wave) in waves.enumerated() {
            let share = max(2, (0.4 * limit - elapsed) / Double(waves.count - number))
            let snapshot = placements
            let results = Locked([PartResult?](repeating: nil, count: wave.count))
            let next = Locked(0)
            let this = self
            DispatchQueue.concurrentPerform(iterations: min(2, wave.count)) { _ in
                while true {
                    let slot = next.update { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard slot < wave.count else { return }
                    let result = try? this.placeFirst(this.parts[wave[slot]], fixed: snapshot, share: share)
                    results.update { $0[slot] = result }
                }
            }
            for (slot, index) in wave.enumerated() {
                var solved = try results.value[slot] ?? placeFirst(parts[index], fixed: placements, share: share)
                if solved.infeasible {
                    // Meetings placed before took what this part needs (a
                    // shared partner's slots or weekly load): place them
                    // again together with it, everything else staying fixed.
                    let part = parts[index]
                    let shared = Set(part.flatMap { instance.meetings[$0].required })
                    let tied = placements.keys.filter { !shared.isDisjoint(with: instance.meetings[$0].required) }
                        .sorted()
                    solved = try solve(
                        part + tied, fixed: placements.filter { !tied.contains($0.key) }, warm: placements,
                        timeLimit: min(remaining, max(10, 3 * share)), gap: 0.02)
                }
                totalSize = totalSize + solved.size
                guard let found = solved.placements else {
                    return solved.infeasible ? .infeasible(totalSize) : .timeLimit(totalSize)
                }
                placements.merge(found) { $1 }
            }
            report(placements: placements, bound: nil)
        }

        // 2. Bound: each part alone, two at a time.
        let currentBound = independentBounds(budget: min(0.45 * limit, remaining)).reduce(0, +)
        var objective = try recount(placements)
        report(placements: placements, bound: currentBound)

        // 3. Improve: each part, then each pair of parts, re-solved with the rest fixed.
        let neighbourhoods =
            parts.map { [$0] } + parts.indices.flatMap { i in (i + 1..<parts.count).map { [parts[i], parts[$0]] } }
        var stale = 0
        var next = 0
        while remaining > 1 && objective > currentBound && stale < neighbourhoods.count {
            let part = neighbourhoods[next % neighbourhoods.count].flatMap { $0 }
            next += 1
            stale += 1
            let others = placements.filter { !part.contains($0.key) }
            let solved = try solve(
                part, fixed: others, warm: placements, timeLimit: min(max(2, remaining / 4), remaining), gap: 0)
            guard let found = solved.placements else { continue }
            let candidate = placements.merging(found) { $1 }
            let value = try recount(candidate)
            if value < objective {
                placements = candidate
                objective = value
                stale = 0
                report(placements: placements, bound: currentBound)
            }
        }
        let bound = min(currentBound, objective)

        let ordered = instance.meetings.indices.map { placements[$0]! }
        var schedule = Schedule(
            placements: ordered, instance: instance, status: objective <= bound ? .optimal : .feasible,
            objective: objective,
            bound: bound)
        let recounted = ScheduleValidator.validate(schedule, against: instance)
        schedule.objective = recounted.objective
        var breakdown: [ObjectiveTerm: Int] = [:]
        for term in ObjectiveTerm.allCases { breakdown[term] = recounted.breakdown[term.rawValue] ?? 0 }
        return .solved(
            SolveSummary(
                schedule: schedule, placements: ordered, size: totalSize, buildTime: 0, solveTime: elapsed,
                totalTime: elapsed,
                nodes: 0, breakdown: breakdown, warmStartAccepted: false))
    }

    /// Groups of parts that share no required partner and no room, in part
    /// order (a greedy colouring of the parts' conflict graph).
    private func waves() -> [[Int]] {
        let partners = parts.map { Set($0.flatMap { instance.meetings[$0].required }) }
        let rooms = parts.map { Set($0.flatMap { instance.meetings[$0].eligibleRooms }) }
        var waves: [[Int]] = []
        for index in parts.indices {
            let free = waves.firstIndex { wave in
                wave.allSatisfy {
                    partners[$0].isDisjoint(with: partners[index]) && rooms[$0].isDisjoint(with: rooms[index])
                }
            }
            if let free { waves[free].append(index) } else { waves.append([index]) }
        }
        return waves
    }

    /// A part's first placement against `fixed`; a part that finds nothing in
    /// its share of the time is tried again with more while time remains.
    private func placeFirst(_ part: [Int], fixed: [Int: Placement], share: Double) throws -> PartResult {
        var share = share
        var solved = try solve(part, fixed: fixed, warm: [:], timeLimit: min(share, remaining), gap: 0.02)
        while solved.placements == nil && !solved.infeasible && remaining > 1 {
            share *= 3
            solved = try solve(part, fixed: fixed, warm: [:], timeLimit: min(share, remaining), gap: 0.02)
        }
        return solved
    }

    /// Each part's bound with every other part left out, two at a time (GLPK
    /// keeps one environment per thread; `Solver` gives each solve its own).
    /// Larger parts go first and get a share of the `budget` (seconds of
    /// both cores) that grows faster than their size, as their LPs do. A part
    /// that proves nothing in time contributes 0.
    private func independentBounds(budget: Double) -> [Int] {
        let results = Locked([Int](repeating: 0, count: parts.count))
        let order = parts.indices.sorted { (parts[$0].count, $1) > (parts[$1].count, $0) }
        let weights = parts.map { pow(Double($0.count), 1.5) }
        let total = weights.reduce(0, +)
        let next = Locked(0)
        let this = self
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while this.remaining > 1 {
                let position = next.update { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard position < order.count else { return }
                let index = order[position]
                let share = max(1, 2 * budget * weights[index] / total)
                let solved = try? this.solve(
                    this.parts[index], fixed: [:], warm: [:], timeLimit: min(share, this.remaining), gap: 0)
                results.update { $0[index] = solved?.bound ?? 0 }
            }
        }
        return results.value
    }

    private struct PartResult {
        package var placements: [Int: Placement]?
        package var bound: Int?
        package var infeasible: Bool
        package var size: ModelSize
    }

    /// Solves the meetings of `part` with the meetings of `fixed` where they
    /// are, starting from `warm` when given; placements come back in the
    /// whole instance's numbering.
    private func solve(
        _ part: [Int], fixed: [Int: Placement], warm: [Int: Placement], timeLimit: Double, gap: Double
    ) throws -> PartResult {
        let fixedMeetings = neighbours(of: part).filter { fixed[$0] != nil }
        let (sub, original) = instance.restricted(to: part + fixedMeetings, fixed: fixed)
        let frozen = Set(part.count..<original.count)
        var subOptions = Planner.Options()
        subOptions.timeLimit = timeLimit
        subOptions.gap = gap
        subOptions.log = options.log
        var subWarm: [Int: Placement] = [:]
        for (position, old) in original.enumerated() {
            if let placement = warm[old] ?? fixed[old] {
                subWarm[position] = Placement(meeting: position, start: placement.start, room: placement.room)
            }
        }
        let outcome = try Planner.solveWhole(
            sub, options: subOptions, replan: ReplanContext(previous: [:], frozen: frozen),
            warmStart: subWarm.isEmpty ? nil : subWarm)
        switch outcome {
        case .solved(let summary):
            var found: [Int: Placement] = [:]
            for placement in summary.placements where placement.meeting < part.count {
                let old = original[placement.meeting]
                found[old] = Placement(meeting: old, start: placement.start, room: placement.room)
            }
            return PartResult(placements: found, bound: summary.schedule.bound, infeasible: false, size: summary.size)
        case .infeasible(let size): return PartResult(placements: nil, bound: nil, infeasible: true, size: size)
        case .timeLimit(let size): return PartResult(placements: nil, bound: nil, infeasible: false, size: size)
        }
    }

    /// Meetings outside `part` that its rows can involve: those sharing a
    /// partner (required or optional), a room it may use, or a phase order.
    /// Only they need to be in a part's model as fixed meetings; the others
    /// cannot clash with it.
    private func neighbours(of part: [Int]) -> [Int] {
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

    /// The objective of a full placement, recounted by the validator (the
    /// part models each count their fixed neighbours' costs too).
    private func recount(_ placements: [Int: Placement]) throws -> Int {
        let ordered = instance.meetings.indices.map { placements[$0]! }
        let schedule = Schedule(placements: ordered, instance: instance, status: .feasible, objective: 0, bound: nil)
        return ScheduleValidator.validate(schedule, against: instance).objective
    }

    private func report(placements: [Int: Placement], bound: Int?) {
        guard let progress = options.progress, placements.count == instance.meetings.count else { return }
        let objective = (try? recount(placements)).map(Double.init)
        progress(
            SolveProgress(
                phase: .searching, elapsed: elapsed, incumbent: objective, bound: bound.map(Double.init),
                gap: objective.flatMap { value in bound.map { (value - Double($0)) / max(1, abs(value)) } }))
    }
}

extension ModelSize {
    package static func + (a: ModelSize, b: ModelSize) -> ModelSize {
        ModelSize(
            columns: a.columns + b.columns, binaries: a.binaries + b.binaries, rows: a.rows + b.rows,
            nonzeros: a.nonzeros + b.nonzeros)
    }
}

/// A value shared between the two threads of a decomposed solve.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    package var value: Value { lock.withLock { stored } }
    @discardableResult
    package func update<Result>(_ body: (inout Value) -> Result) -> Result { lock.withLock { body(&stored) } }
}
