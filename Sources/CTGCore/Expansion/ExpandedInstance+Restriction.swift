extension ExpandedInstance {
    /// The sub-instance of `meetings` (indices into `self.meetings`), where
    /// those in `fixed` keep exactly their placement (one candidate). Meetings
    /// are renumbered; `original[i]` is the index in `self` of meeting i.
    /// Relations, spacing targets and distinct-site series keep only what
    /// stands between included meetings.
    package func restricted(to included: [Int], fixed: [Int: Placement]) -> (
        instance: ExpandedInstance, original: [Int]
    ) {
        var sub = self
        var newIndex: [Int: Int] = [:]
        sub.meetings = included.enumerated().map { position, old in
            newIndex[old] = position
            var meeting = meetings[old]
            meeting.index = position
            return meeting
        }
        for (position, old) in included.enumerated() {
            if let placement = fixed[old] { sub.pin(position, start: placement.start, room: placement.room) }
        }
        sub.meetingIndex = Dictionary(sub.meetings.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
        sub.relations = relations.compactMap { relation in
            guard let before = newIndex[relation.before], let after = newIndex[relation.after] else { return nil }
            return Relation(
                before: before, after: after, minDays: relation.minDays, maxDays: relation.maxDays,
                origin: relation.origin)
        }
        sub.spacingTargets = spacingTargets.compactMap { target in
            guard let first = newIndex[target.first], let second = newIndex[target.second] else { return nil }
            return SpacingTarget(first: first, second: second, targetDays: target.targetDays)
        }
        sub.distinctSiteSeries = distinctSiteSeries.map { $0.compactMap { newIndex[$0] } }.filter { $0.count > 1 }
        return (sub, included)
    }
}
