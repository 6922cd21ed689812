import CTGCore

/// Hall-type counting: meetings that share a resource (a required partner, a
/// set of rooms) and cannot leave a span of dates need, between them, more
/// of the resource than the span offers.
extension QuickChecks {
    /// A partner attends one meeting at a time: meetings that must fall
    /// between two dates need as many distinct slots as their durations add
    /// up to, among the slots where their candidates lie; and no more of them
    /// than `max_per_day` and `max_per_week` allow over those dates.
    static func partnerCapacity(_ instance: ExpandedInstance) -> QuickFinding? {
        let footprints = instance.meetings.map { footprint($0, instance) }
        var attending: [Int: [Int]] = [:]
        for meeting in instance.meetings {
            for p in meeting.required { attending[p, default: []].append(meeting.index) }
        }
        for p in attending.keys.sorted() {
            let partner = instance.partners[p]
            for (span, members) in confinedSets(attending[p]!, instance) {
                var occupied = TimeSet(capacity: instance.grid.count)
                var starts = TimeSet(capacity: instance.grid.count)
                for m in members {
                    occupied.formUnion(footprints[m].occupied)
                    starts.formUnion(footprints[m].starts)
                }
                let needed = members.reduce(0) { $0 + instance.meetings[$1].duration }
                let dates = dateSpan(span, instance)
                if needed > occupied.count {
                    return QuickFinding(
                        reason: .partnerOverload(partner: p, span: dates, needed: needed, available: occupied.count),
                        meetings: members)
                }
                guard partner.maxPerDay != nil || partner.maxPerWeek != nil else { continue }
                var perWeek: [Int: Int] = [:]
                var perDay: [Int: Int] = [:]
                for t in starts.elements { perDay[instance.grid.day(of: t), default: 0] += 1 }
                for (day, count) in perDay {
                    perWeek[instance.grid.dates[day].isoWeekMonday, default: 0] += min(
                        count, partner.maxPerDay ?? count)
                }
                let allowed = perWeek.values.reduce(0) { $0 + min($1, partner.maxPerWeek ?? $1) }
                if members.count > allowed {
                    return QuickFinding(
                        reason: .partnerLimit(partner: p, count: members.count, span: dates, allowed: allowed),
                        meetings: members)
                }
            }
        }
        return nil
    }

    /// A room holds one meeting at a time: meetings whose rooms all belong
    /// to a set C and that must fall between two dates need as many
    /// (room, slot) pairs as their durations add up to, among the free rooms
    /// of C at the slots where their candidates lie.
    static func roomCapacity(_ instance: ExpandedInstance) -> QuickFinding? {
        let placed = instance.meetings.filter { !$0.online }
        let roomSets = placed.map { Set($0.candidates.flatMap(\.rooms)) }
        let classes = Set(roomSets).filter { roomClass in roomSets.filter { $0.isSubset(of: roomClass) }.count > 1 }
        let footprints = instance.meetings.map { footprint($0, instance) }
        for roomClass in classes.sorted(by: { $0.sorted().lexicographicallyPrecedes($1.sorted()) }) {
            let members = placed.indices.filter { roomSets[$0].isSubset(of: roomClass) }.map { placed[$0].index }
            let free = (0..<instance.grid.count).map { t in
                roomClass.filter { instance.isRoomAvailable($0, at: t) }.count
            }
            for (span, subset) in confinedSets(members, instance) {
                var occupied = TimeSet(capacity: instance.grid.count)
                for m in subset { occupied.formUnion(footprints[m].occupied) }
                let needed = subset.reduce(0) { $0 + instance.meetings[$1].duration }
                let available = occupied.elements.reduce(0) { $0 + free[$1] }
                if needed > available {
                    return QuickFinding(
                        reason: .roomShortage(
                            rooms: roomClass.sorted(), count: subset.count, span: dateSpan(span, instance),
                            needed: needed,
                            available: available),
                        meetings: subset)
                }
            }
        }
        return nil
    }

    private struct Footprint {
        /// Every time some candidate occupies.
        package var occupied: TimeSet
        package var starts: TimeSet
    }

    private static func footprint(_ meeting: Meeting, _ instance: ExpandedInstance) -> Footprint {
        var footprint = Footprint(
            occupied: TimeSet(capacity: instance.grid.count), starts: TimeSet(capacity: instance.grid.count))
        for candidate in meeting.candidates {
            footprint.starts.insert(candidate.start)
            for t in candidate.start..<(candidate.start + meeting.duration) { footprint.occupied.insert(t) }
        }
        return footprint
    }

    /// For every span of days from one member's first candidate day to
    /// another's last, the members confined to it, when there are two or
    /// more; each set once, with the narrowest span that holds it.
    ///
    /// - Complexity: O(n³) for n members, with n the meetings of one partner or room class.
    private static func confinedSets(_ members: [Int], _ instance: ExpandedInstance) -> [(ClosedRange<Int>, [Int])] {
        let grid = instance.grid
        let bounds = members.map { m in
            let candidates = instance.meetings[m].candidates
            return (m, grid.day(of: candidates.first!.start), grid.day(of: candidates.last!.start))
        }
        let firsts = Set(bounds.map(\.1)).sorted()
        let lasts = Set(bounds.map(\.2)).sorted()
        var seen: Set<[Int]> = []
        var result: [(ClosedRange<Int>, [Int])] = []
        for first in firsts {
            for last in lasts where last >= first {
                let inside = bounds.filter { $0.1 >= first && $0.2 <= last }.map(\.0)
                guard inside.count > 1, seen.insert(inside).inserted else { continue }
                let held = bounds.filter { inside.contains($0.0) }
                result.append((held.map(\.1).min()!...held.map(\.2).max()!, inside))
            }
        }
        return result
    }

    private static func dateSpan(_ days: ClosedRange<Int>, _ instance: ExpandedInstance) -> DateSpan {
        DateSpan(from: instance.grid.dates[days.lowerBound], to: instance.grid.dates[days.upperBound])
    }
}
