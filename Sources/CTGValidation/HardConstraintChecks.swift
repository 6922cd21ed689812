import CTGCore

/// Hard constraints 2 to 9 of the format, each read again from the text of
/// the contract and checked on the schedule as written — never through the
/// candidate lists or the model, so that a bug there cannot hide here.
/// (Constraint 1 is `ScheduleLayout`'s.)
///
/// A re-plan waives, for frozen meetings, what concerns them alone (2, 3,
/// the room's fit and availability in 6, 9), and every rule between frozen
/// meetings only; see `ScheduleLayout.waived`.
struct HardConstraintChecks {
    package let layout: ScheduleLayout
    private var instance: ExpandedInstance { layout.instance }

    init(layout: ScheduleLayout) { self.layout = layout }

    package func violations() -> [Violation] {
        var found: [Violation] = []
        for m in layout.placements.keys.sorted() where !layout.frozen.contains(m) {
            let placement = layout.placements[m]!
            found += candidateSlot(placement)
            found += requiredAvailable(placement)
            found += roomFits(placement)
            found += pinned(placement)
        }
        found += partnerClashes()
        found += partnerLoad()
        found += roomClashes()
        found += orders()
        found += distinctSites()
        return found
    }

    private func violation(_ constraint: Int, _ m: Int, _ slot: String?, _ message: String) -> Violation {
        Violation(constraint: constraint, meeting: layout.id(m), slot: slot, message: message)
    }

    // MARK: 2. Every occupied slot is a candidate slot of the meeting

    private func candidateSlot(_ p: PlacedMeeting) -> [Violation] {
        let meeting = instance.meetings[p.meeting]
        let at = layout.slotName(p)
        var found: [Violation] = []
        func add(_ message: String, slot: String? = nil) { found.append(violation(2, p.meeting, slot ?? at, message)) }
        let horizon = instance.instance.horizon
        let phaseWindow = meeting.phase.flatMap { instance.instance.phases[$0].window }
        if !horizon.contains(p.date) {
            add("\(p.date) is outside the horizon \(horizon)")
        } else if let phaseWindow, !phaseWindow.contains(p.date) {
            add(
                "\(p.date) is outside the window \(phaseWindow) of phase \(instance.instance.phases[meeting.phase!].id)"
            )
        } else if !meeting.window.contains(p.date) {
            add("\(p.date) is outside the meeting's window (\(meeting.window) within the horizon)")
        }
        if !meeting.allowedDays.contains(p.date.weekday) {
            let days = meeting.allowedDays.sorted().map(\.rawValue).joined(separator: ", ")
            add("\(p.date) is a \(p.date.weekday.rawValue); allowed days are \(days)")
        }
        if let reason = instance.closedDates[p.date] { add("\(p.date) is closed (\(reason))") }
        for period in meeting.avoid where instance.periods[period]?.contains(where: { $0.contains(p.date) }) ?? false {
            add("\(p.date) falls in \(period), which the meeting avoids")
        }
        for slot in p.slots where !meeting.allowedSlots.contains(slot) {
            let allowed = meeting.allowedSlots.sorted().map { instance.grid.slots[$0].id }.joined(separator: ", ")
            add(
                "slot \(instance.grid.slots[slot].id) is not allowed for this meeting (\(allowed))",
                slot: layout.slotName(p.date, slot))
        }
        return found
    }

    // MARK: 3. Every required attendee is available in every occupied slot

    private func requiredAvailable(_ p: PlacedMeeting) -> [Violation] {
        instance.meetings[p.meeting].required.flatMap { partner in
            p.slots.compactMap { slot -> Violation? in
                guard let t = layout.gridTime(p.date, slot), instance.partnerUnavailable[partner][t] else { return nil }
                return violation(
                    3, p.meeting, layout.slotName(p.date, slot),
                    "required attendee \(instance.partners[partner].id) is unavailable")
            }
        }
    }

    // MARK: 4. No partner is required at two meetings that share a slot

    private func partnerClashes() -> [Violation] {
        var reported: Set<[Int]> = []
        return layout.meetingPairsSharingASlot().flatMap { slot, a, b in
            instance.meetings[a].required.filter(instance.meetings[b].required.contains).compactMap { partner in
                guard reported.insert([partner, a, b]).inserted else { return nil }
                return violation(
                    4, b, layout.slotName(slot),
                    "\(instance.partners[partner].id) is required here and at \(layout.id(a)) at the same time")
            }
        }
    }

    // MARK: 5. max_per_week and max_per_day

    private func partnerLoad() -> [Violation] {
        var found: [Violation] = []
        for (index, partner) in instance.partners.enumerated() {
            let load = layout.placements.keys.sorted().filter { instance.meetings[$0].required.contains(index) }
            let limits: [(limit: Int?, name: String, key: (LocalDate) -> Int, label: (Int) -> String)] = [
                (partner.maxPerDay, "max_per_day", { $0.dayNumber }, { "on \(LocalDate(dayNumber: $0))" }),
                (
                    partner.maxPerWeek, "max_per_week", { $0.isoWeekMonday },
                    { "in the week of Monday \(LocalDate(dayNumber: $0))" }
                ),
            ]
            for rule in limits {
                guard let limit = rule.limit else { continue }
                let groups = Dictionary(grouping: load) { rule.key(layout.placements[$0]!.date) }
                for key in groups.keys.sorted() {
                    let meetings = groups[key]!
                    // The excess must involve a meeting the re-plan could still move.
                    guard meetings.count > limit, let culprit = meetings.first(where: { !layout.frozen.contains($0) })
                    else {
                        continue
                    }
                    let names = meetings.map(layout.id).joined(separator: ", ")
                    found.append(
                        violation(
                            5, culprit, nil,
                            "\(partner.id) is required at \(meetings.count) meetings \(rule.label(key)) (\(names)); \(rule.name) is \(limit)"
                        ))
                }
            }
        }
        return found
    }

    // MARK: 6. A room that fits, available, not shared; none when online

    private func roomFits(_ p: PlacedMeeting) -> [Violation] {
        let meeting = instance.meetings[p.meeting]
        let at = layout.slotName(p)
        var found: [Violation] = []
        func add(_ message: String, slot: String? = nil) { found.append(violation(6, p.meeting, slot ?? at, message)) }
        if meeting.online {
            if let room = p.assignment.room { add("the meeting is online but has room \(room)") }
            return found
        }
        guard let id = p.assignment.room else {
            add("the meeting is not online and has no room")
            return found
        }
        guard let r = p.room else {
            add("\(id) is not a room of the instance")
            return found
        }
        let room = instance.rooms[r]
        let spec = instance.instance.meetings[meeting.specIndex]
        if room.capacity < meeting.participants {
            add("\(id) holds \(room.capacity), the meeting expects \(meeting.participants) participants")
        }
        let missing = spec.needs.filter { !room.features.contains($0) }
        if !missing.isEmpty { add("\(id) lacks \(missing.joined(separator: ", "))") }
        if let rooms = spec.rooms, !rooms.contains(id) {
            add("\(id) is not among the meeting's rooms (\(rooms.joined(separator: ", ")))")
        }
        if let sites = spec.sites, !sites.contains(room.site) {
            add("\(id) is at \(room.site), not among the meeting's sites (\(sites.joined(separator: ", ")))")
        }
        for slot in p.slots {
            if let t = layout.gridTime(p.date, slot), instance.roomUnavailable[r][t] {
                add("\(id) is unavailable", slot: layout.slotName(p.date, slot))
            }
        }
        return found
    }

    private func roomClashes() -> [Violation] {
        var reported: Set<[Int]> = []
        return layout.meetingPairsSharingASlot().compactMap { slot, a, b in
            guard let r = layout.placements[a]!.room, r == layout.placements[b]!.room, reported.insert([a, b]).inserted
            else { return nil }
            return violation(
                6, b, layout.slotName(slot), "room \(instance.rooms[r].id) already holds \(layout.id(a)) then")
        }
    }

    // MARK: 7. after relations, series spacing, phase orders

    private func orders() -> [Violation] {
        var found: [Violation] = []
        for relation in instance.relations {
            let rule = relation.origin == .spacing ? "series spacing" : "after relation"
            found += order(
                relation.before, relation.after, minDays: relation.minDays, maxDays: relation.maxDays, rule: rule)
        }
        let byPhase = instance.meetingsByPhase
        for phaseOrder in instance.phaseOrders {
            let phases = instance.instance.phases
            let rule = "phase order: \(phases[phaseOrder.after].id) after \(phases[phaseOrder.before].id)"
            for a in byPhase[phaseOrder.before] ?? [] {
                for b in byPhase[phaseOrder.after] ?? [] {
                    found += order(a, b, minDays: phaseOrder.gapDays, maxDays: nil, rule: rule)
                }
            }
        }
        return found
    }

    /// "B after A" with the format's day semantics: with d = 0 on slot
    /// positions (B's first slot at or after the end of A's last), with d > 0
    /// and for the maximum on calendar days.
    private func order(_ a: Int, _ b: Int, minDays: Int, maxDays: Int?, rule: String) -> [Violation] {
        guard let first = layout.placements[a], let then = layout.placements[b], !layout.waived(a, b) else { return [] }
        var found: [Violation] = []
        let gap = first.date.days(to: then.date)
        let at = layout.slotName(then)
        if minDays == 0 {
            let end = DatedSlot(date: first.date, slot: first.slots.upperBound)
            if DatedSlot(date: then.date, slot: then.start) < end {
                found.append(
                    violation(
                        7, b, at,
                        "must start after \(layout.id(a)) ends (\(rule)); \(layout.id(a)) is at \(layout.slotName(first))"
                    ))
            }
        } else if gap < minDays {
            found.append(
                violation(
                    7, b, at,
                    "must be at least \(minDays) days after \(layout.id(a)) (\(rule)); it is \(gap) days after \(first.date)"
                ))
        }
        if let maxDays, gap > maxDays {
            found.append(
                violation(
                    7, b, at,
                    "must be at most \(maxDays) days after \(layout.id(a)) (\(rule)); it is \(gap) days after \(first.date)"
                ))
        }
        return found
    }

    // MARK: 8. distinct_sites series

    private func distinctSites() -> [Violation] {
        var found: [Violation] = []
        for series in instance.distinctSiteSeries {
            // Online sessions have no site, and so cannot repeat one.
            let sited = series.compactMap { m in
                layout.placements[m]?.room.map { (meeting: m, site: instance.rooms[$0].site) }
            }
            .filter { !instance.meetings[$0.meeting].online }
            for (i, a) in sited.enumerated() {
                for b in sited[(i + 1)...] where a.site == b.site && !layout.waived(a.meeting, b.meeting) {
                    found.append(
                        violation(
                            8, b.meeting, layout.slotName(layout.placements[b.meeting]!),
                            "is at \(b.site) like \(layout.id(a.meeting)); the sessions of this series use different sites"
                        ))
                }
            }
        }
        return found
    }

    // MARK: 9. fixed meetings are where they are pinned

    private func pinned(_ p: PlacedMeeting) -> [Violation] {
        guard let pin = instance.meetings[p.meeting].fixed else { return [] }
        var found: [Violation] = []
        let at = layout.slotName(p)
        if p.date != pin.date || p.assignment.slot != pin.slot {
            found.append(violation(9, p.meeting, at, "is pinned at \(pin.date) \(pin.slot)"))
        }
        if let room = pin.room, p.assignment.room != room {
            found.append(violation(9, p.meeting, at, "is pinned in room \(room), not \(p.assignment.room ?? "none")"))
        }
        return found
    }
}
