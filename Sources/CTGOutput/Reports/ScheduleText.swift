import CTGCore
import CTGSolver

/// The plain-text views of a schedule that the command line prints.
package enum ScheduleText {
    /// One line per meeting in date order: date, slot and times, title, room and site.
    package static func meetingLines(_ schedule: Schedule, instance: ExpandedInstance, texts: Texts) -> [String] {
        let rows = schedule.assignments.map { assignment -> [String] in
            let slots = assignment.slots.compactMap { id in instance.grid.slots.first { $0.id == id } }
            let times =
                slots.first.map { "\(assignment.slot) \(texts.time($0.start))–\(texts.time(slots.last!.end))" }
                ?? assignment.slot
            let place =
                assignment.room.map { id in
                    let room = instance.rooms[instance.roomIndex[id] ?? 0]
                    return room.id == id ? "\(room.name) (\(room.site))" : id
                } ?? texts(.online)
            return [texts.shortDate(assignment.date), times, assignment.title, place]
        }
        return aligned(rows)
    }

    /// The header lines of a solve: status, objective, bound, gap, time, model size, penalties.
    package static func summaryLines(_ summary: SolveSummary, instance: ExpandedInstance, texts: Texts) -> [String] {
        let schedule = summary.schedule
        let status = schedule.status == .optimal ? texts(.statusOptimal) : texts(.statusFeasible)
        let bound = schedule.bound ?? schedule.objective
        let gap = Double(schedule.objective - bound) / Double(max(1, abs(schedule.objective)))
        var lines = [
            texts(
                .summaryHeader, status, schedule.objective, bound, texts.percent(gap),
                texts.decimal(summary.totalTime, digits: 2)),
            texts(
                .summaryModel, summary.size.rows, summary.size.columns, summary.size.binaries, summary.size.nonzeros,
                instance.meetings.count),
        ]
        let penalties = ObjectiveTerm.allCases.compactMap { term -> String? in
            guard let value = summary.breakdown[term], value != 0 else { return nil }
            return "\(texts(term.textKey)) \(value)"
        }
        lines.append(
            texts(.summaryTerms, penalties.isEmpty ? texts(.summaryNoPenalty) : penalties.joined(separator: ", ")))
        return lines
    }

    /// Pads columns so the table reads in a terminal (character counts, not bytes).
    static func aligned(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
    }
}

extension ObjectiveTerm {
    package var textKey: TextKey {
        switch self {
        case .optionalAbsent: .termOptionalAbsent
        case .partnerPreference: .termPartnerPreference
        case .meetingPreference: .termMeetingPreference
        case .spacingDeviation: .termSpacingDeviation
        case .moved: .termMoved
        case .roomChanged: .termRoomChanged
        }
    }
}
