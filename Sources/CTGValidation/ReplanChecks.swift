import CTGCore
import Foundation

/// The format's re-planning rules, checked between the previous schedule
/// and the new one. They exist for the people at the other end of the
/// calendar: what took place stays as it was, and every change reaches their
/// calendar client as an update (same uid, higher sequence) rather than as a
/// new event or a silent edit.
struct ReplanChecks {
    package let instance: ExpandedInstance
    /// Frozen meetings of the instance, with where the previous schedule had them.
    package let frozen: [Int: Assignment]
    /// The previous assignment of each meeting id (its first, if repeated).
    private let previous: [String: Assignment]
    /// The previous cancellation of each meeting id.
    private let previouslyCancelled: [String: Cancellation]
    /// Ids of previous assignments that had started before `now`.
    private let started: Set<String>

    init(rules: ReplanRules, instance: ExpandedInstance) {
        let previous = Dictionary(
            rules.previous.assignments.map { ($0.meeting, $0) }, uniquingKeysWith: { first, _ in first })
        // A start that cannot be read cannot be shown to be past: the meeting may move.
        let started = Set(
            previous.values.filter { ISO8601Instant.parse($0.start).map { $0 < rules.now } ?? false }.map(\.meeting))
        self.instance = instance
        self.previous = previous
        self.started = started
        previouslyCancelled = Dictionary(
            rules.previous.cancelled.map { ($0.meeting, $0) }, uniquingKeysWith: { first, _ in first })
        frozen = Dictionary(
            uniqueKeysWithValues: started.compactMap { id in instance.meetingIndex[id].map { ($0, previous[id]!) } })
    }

    package func violations(_ schedule: Schedule, _ layout: ScheduleLayout) -> [Violation] {
        frozenKept(layout) + identities(layout) + cancellations(schedule)
    }

    /// `moved` and `room_changed` counts: only meetings that may move pay
    /// them, and a previous slot that no longer exists counts as moved.
    package func moves(_ layout: ScheduleLayout) -> (moved: Int, roomChanged: Int) {
        var moved = 0
        var roomChanged = 0
        for (m, placement) in layout.placements where !layout.frozen.contains(m) {
            guard let before = previous[instance.meetings[m].id] else { continue }
            let slotExists =
                instance.grid.slotIndex(of: before.slot) != nil && instance.instance.horizon.contains(before.date)
            if !slotExists || before.date != placement.date || before.slot != placement.assignment.slot {
                moved += 1
            } else if before.room != placement.assignment.room {
                roomChanged += 1
            }
        }
        return (moved, roomChanged)
    }

    // MARK: Frozen meetings stay where they took place

    private func frozenKept(_ layout: ScheduleLayout) -> [Violation] {
        frozen.keys.sorted().compactMap { m in
            let before = frozen[m]!
            guard let now = layout.listed[m],
                now.date != before.date || now.slot != before.slot || now.slots != before.slots
                    || now.room != before.room
            else { return nil }
            let slots = before.slots.joined(separator: "+")
            return Violation(
                constraint: 9, meeting: now.meeting, slot: "\(now.date) \(now.slot)",
                message:
                    "started before now (\(before.start)): it must stay on \(before.date) \(slots) in \(before.room ?? "no room")"
            )
        }
    }

    // MARK: uid and sequence of every scheduled meeting

    private func identities(_ layout: ScheduleLayout) -> [Violation] {
        var found: [Violation] = []
        for m in layout.listed.keys.sorted() {
            let assignment = layout.listed[m]!
            let id = assignment.meeting
            let uid: String
            let sequence: Int
            let reason: String
            if let before = previous[id] {
                let changed =
                    !sameInstant(before.start, assignment.start) || !sameInstant(before.end, assignment.end)
                    || before.room != assignment.room
                uid = before.uid
                sequence = before.sequence + (changed ? 1 : 0)
                reason = changed ? "its start, end or room changed" : "its start, end and room are unchanged"
            } else if let cancellation = previouslyCancelled[id] {
                uid = cancellation.uid
                sequence = cancellation.sequence + 1
                reason = "it was cancelled and is scheduled again"
            } else {
                uid = Schedule.uid(meeting: id, instanceName: instance.instance.name)
                sequence = 0
                reason = "it is new in this re-plan"
            }
            let at = "\(assignment.date) \(assignment.slot)"
            if assignment.uid != uid {
                found.append(
                    Violation(
                        constraint: 0, meeting: id, slot: at, message: "uid is \(assignment.uid), expected \(uid)"))
            }
            if assignment.sequence != sequence {
                found.append(
                    Violation(
                        constraint: 0, meeting: id, slot: at,
                        message: "sequence is \(assignment.sequence), expected \(sequence): \(reason)"))
            }
        }
        return found
    }

    private func sameInstant(_ a: String, _ b: String) -> Bool {
        guard let x = ISO8601Instant.parse(a), let y = ISO8601Instant.parse(b) else { return a == b }
        return x == y
    }

    // MARK: Cancelled, carried over, or dropped

    /// What a required cancellation must say, taken from the previous file.
    private struct Expected {
        package var uid: String
        package var sequence: Int
        package var title: String?
        package var start: String?
        package var end: String?
        package var why: String
    }

    private func cancellations(_ schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        func add(_ id: String, _ message: String) {
            found.append(Violation(constraint: 0, meeting: id, slot: nil, message: message))
        }
        let cancelled = Dictionary(schedule.cancelled.map { ($0.meeting, $0) }, uniquingKeysWith: { first, _ in first })
        var expected: [String: Expected] = [:]
        var dropped: Set<String> = []
        for id in previous.keys.sorted() where instance.meetingIndex[id] == nil {
            let before = previous[id]!
            if started.contains(id) {
                dropped.insert(id)
                if cancelled[id] != nil { add(id, "took place (it started before now): it is dropped, not cancelled") }
            } else {
                expected[id] = Expected(
                    uid: before.uid, sequence: before.sequence + 1, title: before.title, start: before.start,
                    end: before.end,
                    why: "it was scheduled, has not taken place and is gone from the instance")
            }
        }
        for (id, before) in previouslyCancelled where instance.meetingIndex[id] == nil && previous[id] == nil {
            expected[id] = Expected(
                uid: before.uid, sequence: before.sequence, title: before.title, start: before.start, end: before.end,
                why: "earlier cancellations are carried over with the same sequence")
        }
        for id in expected.keys.sorted() {
            let want = expected[id]!
            guard let given = cancelled[id] else {
                add(id, "is missing from cancelled: \(want.why)")
                continue
            }
            if given.uid != want.uid { add(id, "cancellation uid is \(given.uid), expected \(want.uid)") }
            if given.sequence != want.sequence {
                add(id, "cancellation sequence is \(given.sequence), expected \(want.sequence): \(want.why)")
            }
            for (field, value, previousValue) in [
                ("title", given.title, want.title), ("start", given.start, want.start), ("end", given.end, want.end),
            ] {
                if let value, value != previousValue {
                    add(
                        id,
                        "cancellation \(field) is \(value), the previous schedule says \(previousValue ?? "nothing")")
                }
            }
        }
        for id in cancelled.keys.sorted()
        where expected[id] == nil && !dropped.contains(id) && instance.meetingIndex[id] == nil {
            add(id, "is cancelled but was neither scheduled nor cancelled in the previous schedule")
        }
        return found
    }
}
