import Foundation

/// A checked instance turned into what the solver and the validator work on:
/// series expanded into sessions, groups into partners, every rule into
/// per-slot availability, and each meeting's candidate starts and rooms.
///
/// Building it can still find input errors that only the calendar reveals
/// (a meeting with no candidate slot, no room that fits, a pin that is not a
/// candidate); they are thrown together as an `InputError`.
public struct ExpandedInstance: Sendable {
    package let instance: Instance
    package let grid: TimeGrid
    public internal(set) var meetings: [Meeting]
    package internal(set) var relations: [Relation]
    package let phaseOrders: [PhaseOrder]
    package internal(set) var spacingTargets: [SpacingTarget]
    /// Series with `distinct_sites`, as lists of meeting indices.
    package internal(set) var distinctSiteSeries: [[Int]]
    /// Per partner, per grid time: unavailable through a rule or a busy calendar.
    package let partnerUnavailable: [[Bool]]
    /// Per room, per grid time.
    package let roomUnavailable: [[Bool]]
    /// Dates on which nothing is scheduled, with the reason (holiday name or closure period).
    package let closedDates: [LocalDate: String]
    /// Named periods by id.
    package let periods: [String: [DateSpan]]
    package internal(set) var meetingIndex: [String: Int]
    package let partnerIndex: [String: Int]
    package let roomIndex: [String: Int]
    package let phaseIndex: [String: Int]

    package var partners: [Partner] { instance.partners }
    package var rooms: [Room] { instance.rooms }

    /// Expands `instance`. `busy` gives, per partner index, the grid times a
    /// partner's busy calendar blocks (resolved by the caller from ICS files);
    /// `excluding` names meetings (`ID` or `ID#k`) a re-plan cancelled, and
    /// `exempt` those whose lack of candidates is no error (frozen by a
    /// re-plan: they stay where they took place).
    package init(
        _ instance: Instance, busy: [Int: Set<Int>] = [:], excluding: Set<String> = [], exempt: Set<String> = []
    ) throws {
        self.instance = instance
        let grid = TimeGrid(instance)
        self.grid = grid
        partnerIndex = Dictionary(instance.partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        roomIndex = Dictionary(instance.rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        phaseIndex = Dictionary(instance.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        closedDates = instance.closedDates()

        let periods = instance.periodsByName
        self.periods = periods
        func unavailability(_ rules: [AvailabilityRule]) -> [Bool] {
            var blocked = [Bool](repeating: false, count: grid.count)
            guard !rules.isEmpty else { return blocked }
            for (day, date) in grid.dates.enumerated() {
                for (slot, definition) in grid.slots.enumerated()
                where rules.contains(where: { $0.removes(date: date, slotID: definition.id, periods: periods) }) {
                    blocked[grid.time(day: day, slot: slot)] = true
                }
            }
            return blocked
        }
        var partnerUnavailable = instance.partners.map { unavailability($0.unavailable) }
        for (partner, times) in busy {
            for t in times where partnerUnavailable[partner].indices.contains(t) {
                partnerUnavailable[partner][t] = true
            }
        }
        self.partnerUnavailable = partnerUnavailable
        roomUnavailable = instance.rooms.map { unavailability($0.unavailable) }

        var builder = SeriesExpansion(
            instance: instance, partnerIndex: partnerIndex, roomIndex: roomIndex, phaseIndex: phaseIndex,
            excluding: excluding)
        builder.expand()
        let meetingIndex = Dictionary(
            builder.meetings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.meetingIndex = meetingIndex
        relations = builder.relations(meetingIndex: meetingIndex)
        spacingTargets = builder.spacingTargets
        distinctSiteSeries = builder.distinctSiteSeries
        let phases = phaseIndex
        phaseOrders = instance.phases.enumerated().flatMap { index, phase in
            phase.after.compactMap { name in
                phases[name].map { PhaseOrder(before: $0, after: index, gapDays: phase.gapDays) }
            }
        }

        var meetings = builder.meetings
        var diagnostics: [Diagnostic] = []
        let filter = CandidateFilter(
            grid: grid, instance: instance, closedDates: closedDates, periods: periods,
            partnerUnavailable: partnerUnavailable, roomUnavailable: roomUnavailable)
        for index in meetings.indices {
            let outcome = filter.candidates(for: meetings[index])
            meetings[index].candidates = outcome.candidates
            if let problem = outcome.problem, !exempt.contains(meetings[index].id) {
                diagnostics.append(
                    Diagnostic(
                        location: meetings[index].location
                            ?? SourceLocation(file: instance.sourcePath ?? "instance", line: 0, column: 0),
                        path: meetings[index].path, message: "\(meetings[index].id): \(problem)"))
            }
        }
        self.meetings = meetings
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
    }

    /// Meetings of each phase, by phase index.
    package var meetingsByPhase: [Int: [Int]] {
        Dictionary(grouping: meetings.filter { $0.phase != nil }.map(\.index)) { meetings[$0].phase! }
    }

    /// Whether partner `p` is free at grid time `t` according to its rules and busy calendar.
    package func isPartnerAvailable(_ p: Int, at t: Int) -> Bool { !partnerUnavailable[p][t] }
    package func isRoomAvailable(_ r: Int, at t: Int) -> Bool { !roomUnavailable[r][t] }

    /// Number of candidate (start, room) pairs over all meetings.
    var candidatePairCount: Int {
        meetings.reduce(0) { $0 + $1.candidates.reduce(0) { $0 + max(1, $1.rooms.count) } }
    }
}
