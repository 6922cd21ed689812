import CTGCore

/// Fast, sound proofs that a problem has no schedule, tried before any MIP:
/// a meeting with no candidate, orders and gaps that cannot fit the dates
/// left (chains of `after`, spacing and phase orders), a partner or a set of
/// rooms asked for more than they have between two dates. Each returns the
/// meetings involved, which is a small scope for the refiner to work in;
/// when none applies, GLPK decides.
///
/// Sound means: a finding is a proof. Missing a case only costs a MIP.
enum QuickChecks {
    package static func run(_ instance: ExpandedInstance) -> QuickFinding? {
        if let empty = instance.meetings.first(where: { $0.candidates.isEmpty }) {
            return QuickFinding(reason: .noCandidate(meeting: empty.index), meetings: [empty.index])
        }
        let propagation = Propagation(instance)
        if let wiped = propagation.wiped {
            let involved = propagation.causes(of: [wiped])
            let meetings = instance.meetings
            return QuickFinding(
                reason: .chain,
                meetings: involved.sorted {
                    (meetings[$0].candidates[0].start, $0) < (meetings[$1].candidates[0].start, $1)
                })
        }
        // Counting on the dates orders leave, the proof needs the meetings
        // whose orders narrowed those dates too.
        let narrowed = propagation.narrowed(instance)
        guard let finding = partnerCapacity(narrowed) ?? roomCapacity(narrowed) else { return nil }
        return QuickFinding(reason: finding.reason, meetings: propagation.causes(of: finding.meetings).sorted())
    }
}

/// Bounds propagation over every order of a problem (`after`, spacing,
/// phase orders): each meeting keeps a range of its time-ordered
/// candidates; each order pushes the later meeting's earliest start up and
/// the earlier one's latest start down, until nothing moves or a range is
/// empty. Each move remembers the meeting that caused it, so that the
/// meetings behind a conclusion are known: propagation among them alone
/// reaches it again (every step can be replayed from causes inside the set).
///
/// - Complexity: O(rounds × orders × log candidates), rounds capped at 100.
struct Propagation {
    /// An order between two meetings' starts, in the model's own terms.
    private struct Edge {
        package enum Kind {
            /// `after` starts once `before` has ended (min_days 0).
            case slots
            /// date(after) − date(before) ≥ d.
            case minDays(Int)
            /// date(after) − date(before) ≤ e.
            case maxDays(Int)
        }
        package let before: Int
        package let after: Int
        package let kind: Kind
    }

    /// Per meeting, the first and last candidate still possible.
    private(set) var low: [Int]
    private(set) var high: [Int]
    /// A meeting left without candidates, if any.
    private(set) var wiped: Int?
    private var causes: [Set<Int>]

    init(_ instance: ExpandedInstance) {
        let meetings = instance.meetings
        low = meetings.map { _ in 0 }
        high = meetings.map { $0.candidates.count - 1 }
        causes = [Set<Int>](repeating: [], count: meetings.count)
        var edges: [Edge] = []
        for relation in instance.relations {
            edges.append(
                Edge(
                    before: relation.before, after: relation.after,
                    kind: relation.minDays == 0 ? .slots : .minDays(relation.minDays)))
            if let maxDays = relation.maxDays {
                edges.append(Edge(before: relation.before, after: relation.after, kind: .maxDays(maxDays)))
            }
        }
        let byPhase = instance.meetingsByPhase
        for order in instance.phaseOrders {
            for a in byPhase[order.before] ?? [] {
                for b in byPhase[order.after] ?? [] {
                    edges.append(Edge(before: a, after: b, kind: order.gapDays == 0 ? .slots : .minDays(order.gapDays)))
                }
            }
        }
        let perDay = instance.grid.slotsPerDay
        func start(_ m: Int, _ i: Int) -> Int { meetings[m].candidates[i].start }
        func firstStart(ofDay day: Int) -> Int { day * perDay }
        func lastStart(ofDay day: Int) -> Int { day * perDay + perDay - 1 }
        func day(_ time: Int) -> Int { time / perDay }
        for _ in 0..<100 where !edges.isEmpty {
            var moved = false
            for edge in edges {
                let (a, b) = (edge.before, edge.after)
                switch edge.kind {
                case .slots:
                    moved = raise(b, to: start(a, low[a]) + meetings[a].duration, because: a, meetings) || moved
                    if wiped == nil {
                        moved = lower(a, to: start(b, high[b]) - meetings[a].duration, because: b, meetings) || moved
                    }
                case .minDays(let d):
                    moved = raise(b, to: firstStart(ofDay: day(start(a, low[a])) + d), because: a, meetings) || moved
                    if wiped == nil {
                        moved =
                            lower(a, to: lastStart(ofDay: day(start(b, high[b])) - d), because: b, meetings) || moved
                    }
                case .maxDays(let e):
                    moved = lower(b, to: lastStart(ofDay: day(start(a, high[a])) + e), because: a, meetings) || moved
                    if wiped == nil {
                        moved =
                            raise(a, to: firstStart(ofDay: day(start(b, low[b])) - e), because: b, meetings) || moved
                    }
                }
                if wiped != nil { return }
            }
            if !moved { return }
        }
    }

    /// `meetings` and every meeting whose bounds fed theirs, transitively.
    func causes(of meetings: [Int]) -> Set<Int> {
        var involved = Set(meetings)
        var queue = meetings
        while let m = queue.popLast() {
            for cause in causes[m] where involved.insert(cause).inserted { queue.append(cause) }
        }
        return involved
    }

    /// The problem with each meeting's candidates cut to its range.
    func narrowed(_ instance: ExpandedInstance) -> ExpandedInstance {
        guard instance.meetings.contains(where: { low[$0.index] > 0 || high[$0.index] < $0.candidates.count - 1 })
        else {
            return instance
        }
        let meetings = instance.meetings.map { meeting in
            meeting.restricted(
                index: meeting.index, eligibleRooms: meeting.eligibleRooms,
                candidates: Array(meeting.candidates[low[meeting.index]...high[meeting.index]]))
        }
        return ExpandedInstance(
            tables: instance, instance: instance.instance, meetings: meetings, relations: instance.relations,
            phaseOrders: instance.phaseOrders, distinctSiteSeries: instance.distinctSiteSeries)
    }

    /// Moves m's earliest start to the first candidate at or after `time`.
    private mutating func raise(_ m: Int, to time: Int, because cause: Int, _ meetings: [Meeting]) -> Bool {
        let candidates = meetings[m].candidates
        guard candidates[low[m]].start < time else { return false }
        var lower = low[m]
        var upper = candidates.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if candidates[middle].start < time { lower = middle + 1 } else { upper = middle }
        }
        low[m] = lower
        causes[m].insert(cause)
        if low[m] > high[m] { wiped = m }
        return true
    }

    /// Moves m's latest start to the last candidate at or before `time`.
    private mutating func lower(_ m: Int, to time: Int, because cause: Int, _ meetings: [Meeting]) -> Bool {
        let candidates = meetings[m].candidates
        guard candidates[high[m]].start > time else { return false }
        var lower = -1
        var upper = high[m]
        while lower < upper {
            let middle = (lower + upper + 1) / 2
            if candidates[middle].start <= time { lower = middle } else { upper = middle - 1 }
        }
        high[m] = lower
        causes[m].insert(cause)
        if low[m] > high[m] { wiped = m }
        return true
    }
}
