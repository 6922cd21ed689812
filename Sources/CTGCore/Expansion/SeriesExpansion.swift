/// Turns meeting specs into meetings: series into sessions `ID#k` with their
/// overrides, partner groups into partners, room requirements into the list
/// of rooms that fit.
package struct SeriesExpansion {
    package let instance: Instance
    package let partnerIndex: [String: Int]
    package let roomIndex: [String: Int]
    package let phaseIndex: [String: Int]
    package private(set) var meetings: [Meeting] = []
    private(set) var spacingTargets: [SpacingTarget] = []
    package private(set) var distinctSiteSeries: [[Int]] = []
    /// Meeting indices of every spec's sessions, in session order (a
    /// cancelled session leaves a hole: its neighbours are then consecutive).
    private var sessionsOfSpec: [[Int]] = []
    /// Meeting ids left out (cancelled by a re-plan).
    let excluded: Set<String>

    package init(
        instance: Instance, partnerIndex: [String: Int], roomIndex: [String: Int], phaseIndex: [String: Int],
        excluding excluded: Set<String> = []
    ) {
        self.instance = instance
        self.excluded = excluded
        self.partnerIndex = partnerIndex
        self.roomIndex = roomIndex
        self.phaseIndex = phaseIndex
    }

    package mutating func expand() {
        for (specIndex, spec) in instance.meetings.enumerated() {
            let required = instance.partnerIDs(expanding: spec.required).compactMap { partnerIndex[$0] }
            let optional = instance.partnerIDs(expanding: spec.optional).compactMap { partnerIndex[$0] }
                .filter { !required.contains($0) }
            let requiredSorted = Array(Set(required)).sorted()
            let optionalSorted = Array(Set(optional)).sorted()
            let participants = spec.participants ?? (requiredSorted.count + optionalSorted.count)
            let phase = spec.phase.flatMap { phaseIndex[$0] }
            let rooms = spec.online ? [] : eligibleRooms(spec, participants: participants)
            var sessions: [Int] = []
            let count = max(1, spec.sessions)
            for k in 1...count {
                let sessionID = count == 1 ? spec.id : "\(spec.id)#\(k)"
                guard !excluded.contains(sessionID) else { continue }
                sessions.append(meetings.count)
                let override = spec.overrides.first { $0.session == sessionID }?.override
                let title = override?.title ?? (count == 1 ? spec.title : "\(spec.title) — séance \(k)")
                var window = instance.horizon
                if let own = override?.window ?? spec.window { window = window.intersection(own) }
                if let phase, let phaseWindow = instance.phases[phase].window {
                    window = window.intersection(phaseWindow)
                }
                let slotIDs = override?.slots ?? spec.slots
                let allowedSlots = Set(
                    instance.calendar.slots.indices.filter { slotIDs?.contains(instance.calendar.slots[$0].id) ?? true }
                )
                meetings.append(
                    Meeting(
                        index: meetings.count, id: sessionID, title: title, specIndex: specIndex,
                        session: count == 1 ? nil : k, sessionCount: count, kind: spec.kind, phase: phase,
                        duration: spec.duration, required: requiredSorted, optional: optionalSorted,
                        participants: participants, online: spec.online, eligibleRooms: rooms,
                        allowedDays: Set(override?.days ?? spec.days ?? instance.calendar.days),
                        allowedSlots: allowedSlots, window: window, avoid: spec.avoid,
                        fixed: count == 1 ? spec.fixed : override?.fixed, prefer: spec.prefer,
                        purpose: spec.purpose, url: spec.url, location: override?.location ?? spec.location,
                        path: "meetings[\(specIndex)]"))
            }
            sessionsOfSpec.append(sessions)
            if count > 1 {
                if let target = (spec.spacing ?? Spacing()).targetDays {
                    for (k, next) in zip(sessions, sessions.dropFirst()) {
                        spacingTargets.append(SpacingTarget(first: k, second: next, targetDays: target))
                    }
                }
                if spec.distinctSites && sessions.count > 1 { distinctSiteSeries.append(sessions) }
            }
        }
    }

    /// Relations from `after` lists and series spacing, on meeting indices.
    package func relations(meetingIndex: [String: Int]) -> [Relation] {
        var relations: [Relation] = []
        for (specIndex, spec) in instance.meetings.enumerated() {
            let sessions = sessionsOfSpec[specIndex]
            guard let first = sessions.first else { continue }
            for precedence in spec.after {
                let before: Int?
                if let single = meetingIndex[precedence.meeting] {
                    before = single
                } else if let series = instance.meetings.firstIndex(where: { $0.id == precedence.meeting }) {
                    before = sessionsOfSpec[series].last
                } else {
                    before = nil
                }
                if let before {
                    relations.append(
                        Relation(
                            before: before, after: first, minDays: precedence.minDays, maxDays: precedence.maxDays,
                            origin: .after))
                }
            }
            let spacing = spec.spacing ?? Spacing()
            for (k, next) in zip(sessions, sessions.dropFirst()) {
                relations.append(
                    Relation(
                        before: k, after: next, minDays: spacing.minDays, maxDays: spacing.maxDays, origin: .spacing))
            }
        }
        return relations
    }

    private func eligibleRooms(_ spec: MeetingSpec, participants: Int) -> [Int] {
        instance.rooms.indices.filter { index in
            let room = instance.rooms[index]
            return room.capacity >= participants
                && spec.needs.allSatisfy(room.features.contains)
                && (spec.rooms?.contains(room.id) ?? true)
                && (spec.sites?.contains(room.site) ?? true)
        }
    }
}

extension DateSpan {
    package func intersection(_ other: DateSpan) -> DateSpan {
        DateSpan(from: max(from, other.from), to: min(to, other.to))
    }
}
