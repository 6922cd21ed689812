import CTGCore
import CTGSolver

/// What `ctg-planner check` prints: the instance's size and the meetings with
/// the fewest candidate slots, with what restricts them.
package enum CheckSummary {
    package static func lines(_ instance: ExpandedInstance, texts: Texts, most: Int = 5) -> [String] {
        let raw = instance.instance
        let candidateSlots = instance.meetings.reduce(0) { $0 + $1.candidates.count }
        var lines = [
            texts(.checkHeader, raw.name, instance.meetings.count, raw.partners.count, raw.rooms.count, candidateSlots),
            texts(
                .checkHorizon, raw.horizon.from, raw.horizon.to, raw.horizon.dayCount, raw.calendar.slots.count,
                instance.closedDates.count),
            texts(.checkConstrained),
        ]
        let tightest = instance.meetings.sorted { ($0.candidates.count, $0.index) < ($1.candidates.count, $1.index) }
            .prefix(most)
        for meeting in tightest {
            lines.append(
                texts(
                    .checkConstrainedLine, meeting.id, meeting.candidates.count,
                    restrictions(meeting, instance, texts: texts)))
        }
        lines.append(texts(.checkOK))
        return lines
    }

    /// The requirements that narrow a meeting; the values keep the file's
    /// vocabulary (slot ids, weekdays, period ids) so that they can be looked up.
    static func restrictions(_ meeting: Meeting, _ instance: ExpandedInstance, texts: Texts) -> String {
        var parts = [texts(.restrictWindow, meeting.window)]
        if meeting.fixed != nil { parts.append(texts(.restrictFixed)) }
        if meeting.allowedDays != Set(instance.instance.calendar.days) {
            parts.append(texts(.restrictDays, meeting.allowedDays.sorted().map(\.rawValue).joined(separator: ",")))
        }
        if meeting.allowedSlots.count < instance.grid.slotsPerDay {
            parts.append(
                texts(
                    .restrictSlots,
                    meeting.allowedSlots.sorted().map { instance.grid.slots[$0].id }.joined(separator: ",")))
        }
        if meeting.duration > 1 { parts.append(texts(.restrictDuration, meeting.duration)) }
        if !meeting.avoid.isEmpty { parts.append(texts(.restrictAvoid, meeting.avoid.joined(separator: ","))) }
        if !meeting.required.isEmpty {
            parts.append(
                texts(.restrictRequired, meeting.required.map { instance.partners[$0].id }.joined(separator: ",")))
        }
        if !meeting.online { parts.append(texts(.restrictRooms, meeting.eligibleRooms.count)) }
        return parts.joined(separator: "; ")
    }
}

extension ModelSize {
    /// "293 lignes, 363 colonnes (362 binaires), 1691 coefficients".
    package func text(_ texts: Texts) -> String {
        texts(.modelDimensions, rows, columns, binaries, nonzeros)
    }
}
