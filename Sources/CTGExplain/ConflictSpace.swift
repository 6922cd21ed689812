import CTGCore

/// The instance as the conflict refiner sees it: every meeting with the
/// placements it would have if all its relaxable requirements were relaxed
/// ("loose" candidates), each tagged with the requirements that placing it
/// there breaks. A relaxed problem is then a filter, not a new expansion:
/// keep the loose candidates whose broken requirements are all relaxed.
///
/// Relaxing only ever adds placements or removes rows, so feasibility is
/// monotone in the set of relaxed requirements and in the set of meetings
/// kept, which is what the deletion filter's minimality argument rests on.
struct ConflictSpace {
    /// A placement a meeting could take with all its requirements relaxed.
    struct LooseCandidate {
        package let start: Int
        /// Rooms that fit regardless of the meeting's needs: available and free of closures.
        package let rooms: [Int]
        /// What this start breaks, whichever room is used.
        let breaks: [Requirement]
    }

    package let instance: Instance
    /// Calendar, availability tables and indices; its own meetings are not used.
    let tables: ExpandedInstance
    /// Meetings with every requirement in force (their `candidates` are not used).
    package let meetings: [Meeting]
    package let relations: [Relation]
    package let phaseOrders: [PhaseOrder]
    package let distinctSiteSeries: [[Int]]
    let loose: [[LooseCandidate]]
    /// Per meeting, per room: what using that room breaks; rooms absent break nothing.
    let roomBreaks: [[Int: [Requirement]]]
    /// Every requirement that can bind, in the order the refiner tries to relax them.
    package let requirements: [Requirement]

    /// The space of an instance read from its file: series expanded here,
    /// since the instance's own expansion may fail on the very meetings to
    /// explain. `tables` comes from `instance` with its meetings left out.
    init(instance: Instance, tables: ExpandedInstance) {
        var series = SeriesExpansion(
            instance: instance, partnerIndex: tables.partnerIndex, roomIndex: tables.roomIndex,
            phaseIndex: tables.phaseIndex)
        series.expand()
        let meetingIndex = Dictionary(
            series.meetings.map { ($0.id, $0.index) }, uniquingKeysWith: { first, _ in first })
        self.init(
            instance: instance, tables: tables, meetings: series.meetings,
            relations: series.relations(meetingIndex: meetingIndex),
            distinctSiteSeries: series.distinctSiteSeries)
    }

    /// The space of an instance that expanded: its meetings and orders as
    /// the caller built them (a re-plan leaves cancelled sessions out).
    init(expanded: ExpandedInstance) {
        self.init(
            instance: expanded.instance, tables: expanded, meetings: expanded.meetings, relations: expanded.relations,
            distinctSiteSeries: expanded.distinctSiteSeries)
    }

    private init(
        instance: Instance, tables: ExpandedInstance, meetings: [Meeting], relations: [Relation],
        distinctSiteSeries: [[Int]]
    ) {
        self.instance = instance
        self.tables = tables
        self.meetings = meetings
        self.relations = relations
        self.distinctSiteSeries = distinctSiteSeries
        phaseOrders = tables.phaseOrders

        var found = OrderedRequirements()
        var loose: [[LooseCandidate]] = []
        var roomBreaks: [[Int: [Requirement]]] = []
        for meeting in meetings {
            let candidates = Self.looseCandidates(meeting, instance: instance, tables: tables)
            loose.append(candidates)
            candidates.forEach { found.insert($0.breaks) }
            var rooms: [Int: [Requirement]] = [:]
            for r in instance.rooms.indices where !meeting.online {
                var breaks: [Requirement] = []
                if !meeting.eligibleRooms.contains(r) { breaks.append(.roomNeed(meeting: meeting.index)) }
                if let pinned = meeting.fixed?.room, instance.rooms[r].id != pinned {
                    breaks.append(.pin(meeting: meeting.index))
                }
                if !breaks.isEmpty { rooms[r] = breaks }
            }
            rooms.values.forEach { found.insert($0) }
            roomBreaks.append(rooms)
        }
        self.loose = loose
        self.roomBreaks = roomBreaks

        for (r, relation) in relations.enumerated() {
            if relation.origin == .after || relation.minDays > 0 { found.insert([.minimumGap(relation: r)]) }
            if relation.maxDays != nil { found.insert([.maximumGap(relation: r)]) }
        }
        let phases = Set(meetings.compactMap(\.phase))
        for (o, order) in phaseOrders.enumerated() where phases.contains(order.before) && phases.contains(order.after) {
            found.insert([.phaseOrder(order: o)])
        }
        let attended = Set(meetings.flatMap(\.required))
        for (p, partner) in instance.partners.enumerated() where attended.contains(p) {
            if partner.maxPerDay != nil { found.insert([.partnerDayLimit(partner: p)]) }
            if partner.maxPerWeek != nil { found.insert([.partnerWeekLimit(partner: p)]) }
        }
        for s in distinctSiteSeries.indices { found.insert([.distinctSites(series: s)]) }
        requirements = found.list.enumerated().sorted {
            ($0.element.reluctance, $0.offset) < ($1.element.reluctance, $1.offset)
        }
        .map(\.element)
    }

    /// Whether some meeting cannot be placed even with everything relaxed:
    /// then no coordinator's requirement is to blame, and the strict
    /// expansion's input error says what is (a closed horizon, a duration).
    var hasUnplaceableMeeting: Bool { loose.contains { $0.isEmpty } }

    /// The requirements that can matter for the meetings of `scope`.
    package func requirements(touching scope: [Int]) -> [Requirement] {
        let inScope = Set(scope)
        let phases = Set(scope.compactMap { meetings[$0].phase })
        let partners = Set(scope.flatMap { meetings[$0].required })
        return requirements.filter { requirement in
            switch requirement {
            case .phaseWindow(let phase): phases.contains(phase)
            case .partnerDayLimit(let p), .partnerWeekLimit(let p): partners.contains(p)
            case .minimumGap(let r), .maximumGap(let r):
                inScope.contains(relations[r].before) && inScope.contains(relations[r].after)
            case .phaseOrder(let o): phases.contains(phaseOrders[o].before) && phases.contains(phaseOrders[o].after)
            case .distinctSites(let s): distinctSiteSeries[s].filter(inScope.contains).count > 1
            default: inScope.contains(requirement.meeting!)
            }
        }
    }

    private static func looseCandidates(_ meeting: Meeting, instance: Instance, tables: ExpandedInstance)
        -> [LooseCandidate]
    {
        let grid = tables.grid
        let filter = CandidateFilter(
            grid: grid, instance: instance, closedDates: tables.closedDates, periods: tables.periods,
            partnerUnavailable: tables.partnerUnavailable, roomUnavailable: tables.roomUnavailable)
        let loosened = meeting.loosened(
            horizon: instance.horizon, days: Set(instance.calendar.days), slots: Set(grid.slots.indices),
            rooms: Array(instance.rooms.indices))
        let ownWindow = ownWindow(of: meeting, in: instance)
        let phaseWindow = meeting.phase.flatMap { instance.phases[$0].window }
        let m = meeting.index
        return filter.candidates(for: loosened).candidates.map { candidate in
            let date = grid.date(of: candidate.start)
            let slot = grid.slot(of: candidate.start)
            let occupied = candidate.start..<(candidate.start + meeting.duration)
            var breaks: [Requirement] = []
            if let ownWindow, !ownWindow.contains(date) { breaks.append(.meetingWindow(meeting: m)) }
            if let phase = meeting.phase, let phaseWindow, !phaseWindow.contains(date) {
                breaks.append(.phaseWindow(phase: phase))
            }
            if !meeting.allowedDays.contains(date.weekday) { breaks.append(.meetingDays(meeting: m)) }
            if !(slot..<(slot + meeting.duration)).allSatisfy(meeting.allowedSlots.contains) {
                breaks.append(.meetingSlots(meeting: m))
            }
            if meeting.avoid.contains(where: { tables.periods[$0]?.contains { $0.contains(date) } ?? false }) {
                breaks.append(.avoidedPeriods(meeting: m))
            }
            for p in meeting.required where occupied.contains(where: { tables.partnerUnavailable[p][$0] }) {
                breaks.append(.partnerAvailability(partner: p, meeting: m))
            }
            if let pin = meeting.fixed, pin.date != date || pin.slot != grid.slots[slot].id {
                breaks.append(.pin(meeting: m))
            }
            return LooseCandidate(start: candidate.start, rooms: candidate.rooms, breaks: breaks)
        }
    }
}

extension ConflictSpace {
    /// The meeting's own window (its session override's, or its spec's).
    func ownWindow(of m: Int) -> DateSpan? { Self.ownWindow(of: meetings[m], in: instance) }

    private static func ownWindow(of meeting: Meeting, in instance: Instance) -> DateSpan? {
        let spec = instance.meetings[meeting.specIndex]
        return spec.overrides.first { $0.session == meeting.id }?.override.window ?? spec.window
    }
}

/// Requirements in order of first appearance, each once.
private struct OrderedRequirements {
    private(set) var list: [Requirement] = []
    private var seen: Set<Requirement> = []

    package mutating func insert(_ requirements: [Requirement]) {
        for requirement in requirements where seen.insert(requirement).inserted { list.append(requirement) }
    }
}
