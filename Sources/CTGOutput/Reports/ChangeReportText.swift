import CTGCore
import CTGSolver
import Foundation

/// The change report of a re-plan, as a coordinator pastes it into an e-mail:
/// each moved meeting old → new, each cancelled and added one, the partners to notify.
package enum ChangeReportText {
    package static func lines(
        _ changes: ScheduleChanges, schedule: Schedule, instance: ExpandedInstance, texts: Texts, edits: [ReplanEdit],
        warmStart: Bool
    ) -> [String] {
        var lines: [String] = []
        if !edits.isEmpty {
            lines.append(texts(.replanEdits, edits.map { "--\($0.kind) \($0.value)" }.joined(separator: ", ")))
        }
        lines.append(
            texts(
                .replanCounts, changes.moved.count, changes.roomChanged.count, changes.cancelled.count,
                changes.added.count,
                texts(warmStart ? .yes : .no)))
        lines.append(texts(.replanHeader))
        for (meeting, from, to) in changes.moved {
            lines.append(
                texts(
                    .replanMoved, "\(to.title) (\(meeting))", place(from, instance, texts), place(to, instance, texts)))
        }
        for (meeting, from, to) in changes.roomChanged {
            lines.append(
                texts(
                    .replanRoomChanged, "\(to.title) (\(meeting))", room(from, instance, texts),
                    room(to, instance, texts)))
        }
        for cancellation in changes.cancelled {
            let when =
                cancellation.start.flatMap(ISO8601Instant.parse).map { instant in
                    texts.shortDate(LocalDate(instant, in: instance.grid.timeZone))
                } ?? ""
            lines.append(
                texts(.replanCancelled, "\(cancellation.title ?? cancellation.meeting) (\(cancellation.meeting))", when)
            )
        }
        for id in changes.added {
            guard let assignment = schedule.assignments.first(where: { $0.meeting == id }) else { continue }
            lines.append(texts(.replanAdded, "\(assignment.title) (\(id))", place(assignment, instance, texts)))
        }
        if changes.moved.isEmpty && changes.roomChanged.isEmpty && changes.cancelled.isEmpty && changes.added.isEmpty {
            lines.append(texts(.replanNone))
        }
        for id in changes.frozenNowInvalid {
            let when = schedule.assignments.first { $0.meeting == id }.map { texts.shortDate($0.date) } ?? ""
            lines.append(texts(.replanFrozenInvalid, id, when))
        }
        let notify = partnersToNotify(changes, schedule: schedule)
        if !notify.isEmpty {
            let names = notify.map { id in instance.partnerIndex[id].map { instance.partners[$0].name } ?? id }
            lines.append(texts(.replanNotify, names.joined(separator: ", ")))
        }
        return lines
    }

    /// Partner ids attending a moved, re-roomed, added or cancelled meeting, sorted.
    static func partnersToNotify(_ changes: ScheduleChanges, schedule: Schedule) -> [String] {
        var ids = Set<String>()
        for id in changes.updatedMeetings {
            if let assignment = schedule.assignments.first(where: { $0.meeting == id }) {
                ids.formUnion(assignment.required + assignment.optional)
            }
        }
        for (_, from, _) in changes.moved + changes.roomChanged { ids.formUnion(from.required + from.optional) }
        for cancellation in changes.cancelled { ids.formUnion(cancellation.attendees ?? []) }
        return ids.sorted()
    }

    private static func place(_ assignment: Assignment, _ instance: ExpandedInstance, _ texts: Texts) -> String {
        let slot = instance.grid.slots.first { $0.id == assignment.slot }
        let time = slot.map { texts.time($0.start) } ?? assignment.slot
        return "\(texts.shortDate(assignment.date)) \(time), \(room(assignment, instance, texts))"
    }

    private static func room(_ assignment: Assignment, _ instance: ExpandedInstance, _ texts: Texts) -> String {
        guard let id = assignment.room else { return texts(.online) }
        return instance.roomIndex[id].map { instance.rooms[$0].name } ?? id
    }
}
