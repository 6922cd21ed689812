import CTGCore

/// Turns requirements, findings and repairs into a coordinator's sentences:
/// titles and names as the file writes them, dates in full, slots as hours,
/// never a row, a column or an index. Every sentence goes through `Texts`.
struct ConflictWording {
    package let space: ConflictSpace
    package let texts: Texts
    /// The conflict's meetings.
    package let scope: [Int]
    /// The requirements relaxed around the conflict: a sentence about where
    /// a meeting could go must count only what the conflict itself forbids.
    package let relaxed: Set<Requirement>

    // MARK: The conflict

    package func item(for requirement: Requirement) -> ConflictReport.Item {
        let instance = space.instance
        let sentence: String
        switch requirement {
        case .meetingWindow(let m):
            let window = space.ownWindow(of: m) ?? instance.horizon
            sentence = texts(.explainMeetingWindow, title(m), date(window.from), date(window.to))
        case .phaseWindow(let phase):
            let window = instance.phases[phase].window ?? instance.horizon
            let members = scope.filter { space.meetings[$0].phase == phase }
            sentence = texts(
                members.count == 1 ? .explainPhaseWindowOne : .explainPhaseWindowMany, phaseName(phase),
                list(members.map(title)), date(window.from), date(window.to))
        case .meetingDays(let m):
            let days = space.meetings[m].allowedDays.sorted().map { texts(.explainDayItem, weekday($0)) }
            sentence = texts(.explainDays, title(m), list(days, .explainOr))
        case .meetingSlots(let m):
            let slots = space.meetings[m].allowedSlots.sorted().map { texts(.explainSlotItem, hours($0)) }
            sentence = texts(.explainSlots, title(m), list(slots, .explainOr))
        case .avoidedPeriods(let m):
            sentence = texts(.explainAvoid, title(m), list(space.meetings[m].avoid.map(quoted)))
        case .partnerAvailability(let p, let m):
            sentence = availability(partner: p, meeting: m)
        case .partnerDayLimit(let p):
            sentence = texts(
                .explainDayLimit, instance.partners[p].name, meetingCount(instance.partners[p].maxPerDay ?? 0))
        case .partnerWeekLimit(let p):
            sentence = texts(
                .explainWeekLimit, instance.partners[p].name, meetingCount(instance.partners[p].maxPerWeek ?? 0))
        case .minimumGap(let r), .maximumGap(let r):
            sentence = gap(space.relations[r], upper: { if case .maximumGap = requirement { true } else { false } }())
        case .phaseOrder(let o):
            let order = space.phaseOrders[o]
            sentence =
                order.gapDays == 0
                ? texts(.explainPhaseOrder, phaseName(order.after), phaseName(order.before))
                : texts(.explainPhaseOrderGap, phaseName(order.after), phaseName(order.before), order.gapDays)
        case .distinctSites(let s):
            sentence = texts(.explainDistinctSites, seriesTitle(space.distinctSiteSeries[s][0]))
        case .pin(let m):
            let meeting = space.meetings[m]
            let slot = meeting.fixed.flatMap { grid.slotIndex(of: $0.slot) } ?? 0
            var place = dateAndTimes(
                meeting.fixed?.date ?? instance.horizon.from, slot: slot, duration: meeting.duration)
            if let room = meeting.fixed?.room.flatMap({ space.tables.roomIndex[$0] }) {
                place = texts(.explainInRoom, place, quoted(instance.rooms[room].name))
            }
            sentence = texts(.explainPin, title(m), place)
        case .roomNeed(let m):
            sentence = texts(.explainRoomNeed, title(m), roomNeed(m))
        }
        return ConflictReport.Item(kind: kind(of: requirement), ids: ids(of: requirement), sentence: sentence)
    }

    /// A meeting of the conflict that no requirement names: it counts only by taking slots and rooms.
    package func item(forMeeting m: Int) -> ConflictReport.Item {
        ConflictReport.Item(kind: "meeting", ids: [space.meetings[m].id], sentence: texts(.explainMeetingToo, title(m)))
    }

    /// The partner's own rules (and busy calendar) that keep the meeting
    /// out of the places the rest of the conflict leaves it: the fewest that
    /// cover them all (greedy), at most four.
    private func availability(partner p: Int, meeting m: Int) -> String {
        let requirement = Requirement.partnerAvailability(partner: p, meeting: m)
        let problem = space.problem(scope: [m], relaxed: relaxed.union([requirement]))
        let candidates = problem.expanded.meetings[0].candidates
        let partner = space.instance.partners[p]
        let duration = space.meetings[m].duration
        let blocked: [[Int]] = candidates.indices.compactMap { c in
            guard space.loose[m][problem.sources[0][c]].breaks.contains(requirement) else { return nil }
            let start = candidates[c].start
            return (start..<(start + duration)).filter { space.tables.partnerUnavailable[p][$0] }
        }
        // A rule index, or nil for the busy calendar (times no rule explains).
        func covers(_ rule: Int?, _ times: [Int]) -> Bool {
            times.contains { t in
                let removes = { (rule: AvailabilityRule) in
                    rule.removes(
                        date: grid.date(of: t), slotID: grid.slots[grid.slot(of: t)].id, periods: space.tables.periods)
                }
                return rule.map { removes(partner.unavailable[$0]) } ?? !partner.unavailable.contains(where: removes)
            }
        }
        var uncovered = Array(blocked.indices)
        var chosen: [Int?] = []
        let options: [Int?] = Array(partner.unavailable.indices) + [nil]
        while !uncovered.isEmpty && chosen.count < 4 {
            let counts = options.map { option in uncovered.filter { covers(option, blocked[$0]) }.count }
            guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { break }
            chosen.append(options[best])
            uncovered.removeAll { covers(options[best], blocked[$0]) }
        }
        guard !chosen.isEmpty else { return texts(.explainAvailabilityPlain, partner.name, title(m)) }
        // In the file's order, the busy calendar last.
        var parts = chosen.sorted { ($0 ?? .max) < ($1 ?? .max) }.map {
            $0.map { describe(partner.unavailable[$0]) } ?? texts(.explainRuleBusy)
        }
        if !uncovered.isEmpty { parts.append(texts(.explainRuleOthers, uncovered.count)) }
        return texts(.explainAvailabilityRules, partner.name, title(m), list(parts))
    }

    private func describe(_ rule: AvailabilityRule) -> String {
        let scope =
            switch rule.scope {
            case .date(let day): texts(.explainRuleDate, date(day))
            case .span(let span): texts(.explainRuleSpan, date(span.from), date(span.to))
            case .weekday(let day): texts(.explainRuleWeekday, weekday(day))
            case .period(let name): texts(.explainRulePeriod, quoted(name))
            }
        guard let slots = rule.slots else { return scope }
        return texts(.explainRuleSlots, scope, slots.compactMap(grid.slotIndex(of:)).map(hours).joined(separator: ", "))
    }

    private func gap(_ relation: Relation, upper: Bool) -> String {
        let before = space.meetings[relation.before]
        let after = space.meetings[relation.after]
        if relation.origin == .spacing {
            let days = upper ? relation.maxDays ?? 0 : relation.minDays
            return texts(
                upper ? .explainSpacingMax : .explainSpacingMin, seriesTitle(relation.before), before.session ?? 1,
                after.session ?? 2, days)
        }
        if upper {
            return texts(.explainAfterMax, title(relation.after), title(relation.before), relation.maxDays ?? 0)
        }
        if relation.minDays == 0 { return texts(.explainAfter, title(relation.after), title(relation.before)) }
        return texts(.explainAfterMin, title(relation.after), title(relation.before), relation.minDays)
    }

    private func roomNeed(_ m: Int) -> String {
        let meeting = space.meetings[m]
        let spec = space.instance.meetings[meeting.specIndex]
        var parts = [texts(.explainRoomCapacity, meeting.participants)]
        if !spec.needs.isEmpty { parts.append(texts(.explainRoomFeatures, list(spec.needs))) }
        if let rooms = spec.rooms {
            let names = rooms.compactMap { space.tables.roomIndex[$0] }.map { quoted(space.instance.rooms[$0].name) }
            parts.append(texts(.explainRoomAmong, list(names, .explainOr)))
        }
        if let sites = spec.sites { parts.append(texts(.explainRoomSites, list(sites, .explainOr))) }
        return parts.joined(separator: ", ")
    }

    // MARK: Findings

    /// The sentence that opens the conflict and the name of the check behind it.
    package func summary(_ finding: QuickFinding?, requirements: [Requirement]) -> (foundBy: String, sentence: String) {
        let partners = space.instance.partners
        guard let finding else {
            return requirements.isEmpty
                ? ("background", texts(.explainFoundBackground)) : ("solver", texts(.explainFoundSolver))
        }
        switch finding.reason {
        case .noCandidate(let m):
            return ("no-candidate", texts(.explainFoundNoCandidate, title(m)))
        case .chain:
            return ("chain", texts(.explainFoundChain, list(finding.meetings.map(title))))
        case .partnerOverload(let p, let span, let needed, let available):
            return (
                "partner-overload",
                texts(.explainFoundPartner, partners[p].name, date(span.from), date(span.to), needed, available)
            )
        case .partnerLimit(let p, let count, let span, let allowed):
            return (
                "partner-limit",
                texts(
                    .explainFoundPartnerLimit, partners[p].name, date(span.from), date(span.to), meetingCount(count),
                    allowed)
            )
        case .roomShortage(let rooms, let count, let span, let needed, let available):
            let names = rooms.map { quoted(space.instance.rooms[$0].name) }
            return (
                "room-shortage",
                texts(
                    .explainFoundRooms, date(span.from), date(span.to), meetingCount(count), list(names), available,
                    needed)
            )
        }
    }

    // MARK: Repairs

    package func item(for repair: Repair) -> ConflictReport.Item {
        let instance = space.instance
        let sentence: String
        switch repair.change {
        case .window(let m, let day, let later):
            sentence = texts(later ? .repairWindowLater : .repairWindowEarlier, title(m), date(day))
        case .phaseWindow(let phase, let day, let later):
            sentence = texts(later ? .repairPhaseWindowLater : .repairPhaseWindowEarlier, phaseName(phase), date(day))
        case .day(let m, let day):
            sentence = texts(.repairDay, title(m), weekday(day))
        case .slots(let m, let start):
            let first = grid.slots[grid.slot(of: start)]
            let last = grid.slots[grid.slot(of: start) + space.meetings[m].duration - 1]
            sentence = texts(.repairSlots, title(m), "\(texts.time(first.start))–\(texts.time(last.end))")
        case .avoid(let m, let period, let day):
            sentence = texts(.repairAvoid, title(m), quoted(period), date(day))
        case .availability(let p, let m, let start):
            sentence = texts(
                .repairAvailability, instance.partners[p].name, placement(m, start: start, room: nil), title(m))
        case .dayLimit(let p, let limit):
            sentence = texts(.repairDayLimit, instance.partners[p].name, meetingCount(limit))
        case .weekLimit(let p, let limit):
            sentence = texts(.repairWeekLimit, instance.partners[p].name, meetingCount(limit))
        case .minimumGap(let r, let days):
            let relation = space.relations[r]
            if relation.origin == .spacing {
                sentence = texts(
                    .repairSpacingMin, seriesTitle(relation.before), space.meetings[relation.before].session ?? 1,
                    space.meetings[relation.after].session ?? 2, days ?? 0)
            } else if let days {
                sentence = texts(.repairAfterMin, title(relation.after), title(relation.before), days)
            } else {
                sentence = texts(.repairAfterDrop, title(relation.after), title(relation.before))
            }
        case .maximumGap(let r, let days):
            let relation = space.relations[r]
            sentence =
                relation.origin == .spacing
                ? texts(
                    .repairSpacingMax, seriesTitle(relation.before), space.meetings[relation.before].session ?? 1,
                    space.meetings[relation.after].session ?? 2, days)
                : texts(.repairAfterMax, title(relation.after), title(relation.before), days)
        case .phaseOrder(let o, let days):
            let order = space.phaseOrders[o]
            sentence =
                days.map { texts(.repairPhaseOrderGap, phaseName(order.after), phaseName(order.before), $0) }
                ?? texts(.repairPhaseOrderDrop, phaseName(order.after), phaseName(order.before))
        case .distinctSites(let s, let site):
            sentence = texts(.repairDistinctSites, seriesTitle(space.distinctSiteSeries[s][0]), site)
        case .pin(let m, let start, let room):
            sentence = texts(.repairPin, title(m), placement(m, start: start, room: room))
        case .room(let m, let room):
            sentence = texts(.repairRoom, title(m), quoted(instance.rooms[room].name), instance.rooms[room].capacity)
        }
        return ConflictReport.Item(
            kind: kind(of: repair.requirement), ids: ids(of: repair.requirement), sentence: sentence)
    }

    // MARK: Kinds and ids, for --json

    private func kind(of requirement: Requirement) -> String {
        switch requirement {
        case .meetingWindow: "meeting-window"
        case .meetingDays: "meeting-days"
        case .meetingSlots: "meeting-slots"
        case .avoidedPeriods: "meeting-avoid"
        case .phaseWindow: "phase-window"
        case .partnerAvailability: "partner-availability"
        case .partnerDayLimit: "partner-day-limit"
        case .partnerWeekLimit: "partner-week-limit"
        case .minimumGap(let r): space.relations[r].origin == .spacing ? "spacing-min" : "precedence-min"
        case .maximumGap(let r): space.relations[r].origin == .spacing ? "spacing-max" : "precedence-max"
        case .phaseOrder: "phase-order"
        case .distinctSites: "distinct-sites"
        case .pin: "pin"
        case .roomNeed: "room-need"
        }
    }

    private func ids(of requirement: Requirement) -> [String] {
        let instance = space.instance
        switch requirement {
        case .phaseWindow(let phase):
            return [instance.phases[phase].id]
                + scope.filter { space.meetings[$0].phase == phase }.map { space.meetings[$0].id }
        case .partnerAvailability(let p, let m):
            return [instance.partners[p].id, space.meetings[m].id]
        case .partnerDayLimit(let p), .partnerWeekLimit(let p):
            return [instance.partners[p].id]
        case .minimumGap(let r), .maximumGap(let r):
            return [space.meetings[space.relations[r].before].id, space.meetings[space.relations[r].after].id]
        case .phaseOrder(let o):
            return [instance.phases[space.phaseOrders[o].before].id, instance.phases[space.phaseOrders[o].after].id]
        case .distinctSites(let s):
            return [instance.meetings[space.meetings[space.distinctSiteSeries[s][0]].specIndex].id]
        case .avoidedPeriods(let m):
            return [space.meetings[m].id] + space.meetings[m].avoid
        default:
            return [space.meetings[requirement.meeting!].id]
        }
    }

    // MARK: Pieces

    private var grid: TimeGrid { space.tables.grid }
    private func quoted(_ text: String) -> String { texts(.explainQuoted, text) }
    /// "9h30–12h00" for one slot of the day.
    private func hours(_ slot: Int) -> String {
        "\(texts.time(grid.slots[slot].start))–\(texts.time(grid.slots[slot].end))"
    }
    private func title(_ m: Int) -> String { quoted(space.meetings[m].title) }
    private func seriesTitle(_ m: Int) -> String { quoted(space.instance.meetings[space.meetings[m].specIndex].title) }
    private func phaseName(_ phase: Int) -> String { quoted(space.instance.phases[phase].name) }
    private func date(_ day: LocalDate) -> String { texts.longDate(day) }
    private func weekday(_ day: Weekday) -> String { texts(TextKey.weekdays[day.index]) }
    private func meetingCount(_ count: Int) -> String {
        count == 1 ? texts(.explainOneMeeting) : texts(.explainMeetings, count)
    }

    /// "A, B et C" / "A, B or C".
    private func list(_ items: [String], _ conjunction: TextKey = .explainAnd) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + texts(conjunction) + items.last!
    }

    private func dateAndTimes(_ day: LocalDate, slot: Int, duration: Int) -> String {
        let slots = space.tables.grid.slots
        return texts.dateAndTimes(day, slots[slot].start, slots[min(slots.count - 1, slot + duration - 1)].end)
    }

    private func placement(_ m: Int, start: Int, room: Int?) -> String {
        let place = dateAndTimes(grid.date(of: start), slot: grid.slot(of: start), duration: space.meetings[m].duration)
        return room.map { texts(.explainInRoom, place, quoted(space.instance.rooms[$0].name)) } ?? place
    }
}
