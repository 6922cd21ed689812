import CTGCore

/// Places every meeting of a draft, one at a time, so that the draft is
/// known to be feasible before it is written: the placements form a schedule
/// that keeps every hard constraint of the format.
///
/// Meetings are taken in an order that respects every precedence (series
/// spacing, `after`, phase order), earliest nominal date first; each goes to
/// the free date nearest its nominal date, in any allowed slot and room. The
/// search never backtracks: on a dead end it gives up, and the generator
/// draws the instance again. The tests check the result with the
/// independent `ScheduleValidator`, so a rule misread here cannot slip through.
///
/// - Complexity: O(n²) for the order and, per meeting, at most every date of
///   its window × slots × rooms; a department of 1000 meetings takes well under
///   a second in release builds.
struct WitnessSearch {
    package struct Placement {
        package var date: LocalDate
        package var slot: Int
        package var room: Int?
    }

    private struct Session {
        package var id: String
        package var meeting: Int
        package var duration: Int
        package var required: [Int]
        /// Eligible rooms regardless of time; empty when online.
        package var rooms: [Int]
        package var online: Bool
        package var days: Set<Weekday>
        var startSlots: [Int]
        package var window: DateSpan
        package var avoid: [DateSpan]
        var nominal: LocalDate
        var predecessors: [(session: Int, minDays: Int, maxDays: Int?)] = []
    }

    private let draft: DraftInstance
    private let slotCount = Campaign.slots.count
    private let horizon = Campaign.horizon
    private var sessions: [Session] = []
    private var partnerBlocked: [[Bool]] = []
    private var roomBlocked: [[Bool]] = []
    /// Meetings (indices) whose sessions need pairwise different sites.
    private var distinctSites: Set<Int> = []

    init(_ draft: DraftInstance) {
        self.draft = draft
        let periods = Dictionary(draft.periods.map { ($0.id, $0.spans) }, uniquingKeysWith: { a, _ in a })
        partnerBlocked = draft.partners.map { blocked(by: $0.unavailable, periods: periods) }
        roomBlocked = draft.rooms.map { blocked(by: $0.unavailable, periods: periods) }
        distinctSites = Set(draft.meetings.indices.filter { draft.meetings[$0].distinctSites })
        sessions = expand(periods: periods)
    }

    /// The placement of every session (by session id), or nil on a dead end.
    package func run(rng: inout SplitMix64) -> [String: Placement]? {
        var state = State(partners: draft.partners)
        var placed = [Placement?](repeating: nil, count: sessions.count)
        for index in order() {
            guard let placement = place(sessions[index], placed: placed, state: &state, rng: &rng) else { return nil }
            placed[index] = placement
        }
        var result: [String: Placement] = [:]
        for (index, session) in sessions.enumerated() { result[session.id] = placed[index] }
        return result
    }

    // MARK: - Expansion, as the format defines it

    private func blocked(by rules: [DraftRule], periods: [String: [DateSpan]]) -> [Bool] {
        var blocked = [Bool](repeating: false, count: horizon.dayCount * slotCount)
        func block(_ span: DateSpan, slots: [Int]?, weekday: Weekday? = nil) {
            let from = max(span.from, horizon.from)
            let to = min(span.to, horizon.to)
            guard from <= to else { return }
            for dayNumber in from.dayNumber...to.dayNumber {
                let day = dayNumber - horizon.from.dayNumber
                if let weekday, LocalDate(dayNumber: dayNumber).weekday != weekday { continue }
                for slot in slots ?? Array(0..<slotCount) { blocked[day * slotCount + slot] = true }
            }
        }
        for rule in rules {
            switch rule.kind {
            case .weekday(let weekday): block(horizon, slots: rule.slots, weekday: weekday)
            case .span(let span): block(span, slots: rule.slots)
            case .period(let name): for span in periods[name] ?? [] { block(span, slots: rule.slots) }
            }
        }
        return blocked
    }

    private func expand(periods: [String: [DateSpan]]) -> [Session] {
        let partnerIndex = Dictionary(draft.partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(draft.groups.map { ($0.id, $0.members) }, uniquingKeysWith: { a, _ in a })
        let phases = Dictionary(draft.phases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func partners(_ ids: [String]) -> [String] {
            ids.flatMap { groups[$0].map(partners) ?? [$0] }
        }
        func intersect(_ a: DateSpan, _ b: DateSpan?) -> DateSpan {
            guard let b else { return a }
            return DateSpan(from: max(a.from, b.from), to: min(a.to, b.to))
        }

        var sessions: [Session] = []
        var sessionIndex: [String: Int] = [:]
        var last: [String: Int] = [:]
        var phaseSessions: [String: [Int]] = [:]
        for (m, meeting) in draft.meetings.enumerated() {
            let required = Array(Set(partners(meeting.required))).sorted()
            let attendees = Set(required).union(partners(meeting.optional))
            let participants = meeting.participants ?? attendees.count
            let rooms =
                meeting.online
                ? []
                : draft.rooms.indices.filter { r in
                    let room = draft.rooms[r]
                    return room.capacity >= participants && meeting.needs.allSatisfy(room.features.contains)
                        && (meeting.sites.isEmpty || meeting.sites.contains(room.site))
                }
            let phase = meeting.phase.flatMap { phases[$0] }
            for k in 1...meeting.sessions {
                let override = meeting.overrides[k]
                let slots = Set(override?.slots ?? meeting.slots ?? Array(0..<slotCount))
                var session = Session(
                    id: meeting.sessionID(k), meeting: m, duration: meeting.duration,
                    required: required.map { partnerIndex[$0]! }, rooms: rooms, online: meeting.online,
                    days: Set(override?.days ?? meeting.days ?? Campaign.workingDays),
                    startSlots: (0...(slotCount - meeting.duration)).filter { s in
                        (s..<(s + meeting.duration)).allSatisfy(slots.contains)
                    },
                    window: intersect(intersect(horizon, override?.window ?? meeting.window), phase?.window),
                    avoid: meeting.avoid.flatMap { periods[$0] ?? [] }, nominal: meeting.nominal[k - 1])
                if k > 1, let spacing = meeting.spacing {
                    session.predecessors.append((sessions.count - 1, spacing.minDays, spacing.maxDays))
                }
                sessionIndex[session.id] = sessions.count
                if let phase = meeting.phase { phaseSessions[phase, default: []].append(sessions.count) }
                sessions.append(session)
            }
            last[meeting.id] = sessions.count - 1
        }
        var first = 0
        for meeting in draft.meetings {
            for after in meeting.after {
                let target = after.meeting.contains("#") ? sessionIndex[after.meeting]! : last[after.meeting]!
                sessions[first].predecessors.append((target, after.minDays, after.maxDays))
            }
            if let id = meeting.phase, let phase = phases[id] {
                for earlier in phase.after {
                    for s in phaseSessions[earlier] ?? [] {
                        for k in first..<(first + meeting.sessions) {
                            sessions[k].predecessors.append((s, phase.gapDays, nil))
                        }
                    }
                }
            }
            first += meeting.sessions
        }
        return sessions
    }

    /// Kahn's algorithm, taking the ready session with the earliest nominal date.
    private func order() -> [Int] {
        var waiting = sessions.map { Set($0.predecessors.map(\.session)).count }
        var successors = [[Int]](repeating: [], count: sessions.count)
        for (index, session) in sessions.enumerated() {
            for predecessor in Set(session.predecessors.map(\.session)) { successors[predecessor].append(index) }
        }
        var ready = sessions.indices.filter { waiting[$0] == 0 }
        var order: [Int] = []
        while let next = ready.min(by: { (sessions[$0].nominal, $0) < (sessions[$1].nominal, $1) }) {
            ready.removeAll { $0 == next }
            order.append(next)
            for successor in successors[next] {
                waiting[successor] -= 1
                if waiting[successor] == 0 { ready.append(successor) }
            }
        }
        precondition(order.count == sessions.count, "the draft's precedences have a cycle")
        return order
    }

    // MARK: - Placement

    private struct State {
        var partnerBusy: [Set<Int>]
        package var perDay: [[Int: Int]]
        package var perWeek: [[Int: Int]]
        package let maxPerDay: [Int?]
        package let maxPerWeek: [Int?]
        var roomBusy: [Int: Set<Int>] = [:]
        var sitesUsed: [Int: Set<String>] = [:]

        init(partners: [DraftPartner]) {
            partnerBusy = Array(repeating: [], count: partners.count)
            perDay = Array(repeating: [:], count: partners.count)
            perWeek = Array(repeating: [:], count: partners.count)
            maxPerDay = partners.map(\.maxPerDay)
            maxPerWeek = partners.map(\.maxPerWeek)
        }
    }

    private func place(_ session: Session, placed: [Placement?], state: inout State, rng: inout SplitMix64)
        -> Placement?
    {
        var earliest = session.window.from
        var latest = session.window.to
        for link in session.predecessors {
            let before = placed[link.session]!
            earliest = max(earliest, before.date.adding(days: link.minDays))
            if let maxDays = link.maxDays { latest = min(latest, before.date.adding(days: maxDays)) }
        }
        guard earliest <= latest else { return nil }
        let centre = min(max(session.nominal, earliest), latest)
        var dates = [centre]
        for distance in 1...max(1, earliest.days(to: latest)) {
            for date in [centre.adding(days: distance), centre.adding(days: -distance)]
            where earliest <= date && date <= latest {
                dates.append(date)
            }
        }
        for date in dates {
            guard session.days.contains(date.weekday), !Campaign.closedDays.contains(date.dayNumber),
                !session.avoid.contains(where: { $0.contains(date) })
            else { continue }
            let day = horizon.from.days(to: date)
            for slot in rng.shuffled(session.startSlots) {
                // `after` with min_days 0 compares slots: start at or after the end.
                let ordered = session.predecessors.allSatisfy { link in
                    let before = placed[link.session]!
                    return link.minDays > 0 || before.date < date
                        || (before.date == date && slot >= before.slot + sessions[link.session].duration)
                }
                let times = (slot..<(slot + session.duration)).map { day * slotCount + $0 }
                guard ordered, session.required.allSatisfy({ canAttend($0, times: times, date: date, state: state) })
                else {
                    continue
                }
                var room: Int?
                if !session.online {
                    let used = state.sitesUsed[session.meeting] ?? []
                    room = rng.shuffled(session.rooms).first { r in
                        times.allSatisfy { !roomBlocked[r][$0] && !(state.roomBusy[r]?.contains($0) ?? false) }
                            && !used.contains(draft.rooms[r].site)
                    }
                    guard room != nil else { continue }
                }
                record(session, times: times, date: date, room: room, state: &state)
                return Placement(date: date, slot: slot, room: room)
            }
        }
        return nil
    }

    private func canAttend(_ partner: Int, times: [Int], date: LocalDate, state: State) -> Bool {
        guard times.allSatisfy({ !partnerBlocked[partner][$0] && !state.partnerBusy[partner].contains($0) }) else {
            return false
        }
        if let limit = state.maxPerDay[partner], state.perDay[partner][date.dayNumber, default: 0] >= limit {
            return false
        }
        if let limit = state.maxPerWeek[partner], state.perWeek[partner][date.isoWeekMonday, default: 0] >= limit {
            return false
        }
        return true
    }

    private func record(_ session: Session, times: [Int], date: LocalDate, room: Int?, state: inout State) {
        for partner in session.required {
            state.partnerBusy[partner].formUnion(times)
            state.perDay[partner][date.dayNumber, default: 0] += 1
            state.perWeek[partner][date.isoWeekMonday, default: 0] += 1
        }
        if let room {
            state.roomBusy[room, default: []].formUnion(times)
            if distinctSites.contains(session.meeting) {
                state.sitesUsed[session.meeting, default: []].insert(draft.rooms[room].site)
            }
        }
    }
}
