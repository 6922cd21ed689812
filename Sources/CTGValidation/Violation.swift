import CTGCore
import Foundation

/// One way a schedule breaks the format, named by the number of the hard
/// constraint it breaks so that a coordinator can look the rule up.
///
/// `constraint` is 1…9 for the format's hard constraints and 0 for what the
/// schedule file says about itself and cannot be true: an unknown meeting, a
/// start that is not the slot's instant, a wrong uid or sequence, a bound
/// above the objective.
package struct Violation: Sendable, Equatable, CustomStringConvertible {
    package var constraint: Int
    /// The meeting id (`copil#2`), when one meeting is at fault.
    package var meeting: String?
    /// `2022-06-21 morning`, when one slot is at fault.
    package var slot: String?
    package var message: String

    init(constraint: Int, meeting: String?, slot: String?, message: String) {
        self.constraint = constraint
        self.meeting = meeting
        self.slot = slot
        self.message = message
    }

    /// `constraint 3: copil (2022-06-21 morning): …`
    package var description: String {
        let rule = constraint == 0 ? "schedule file" : "constraint \(constraint)"
        let place = [meeting, slot.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        return place.isEmpty ? "\(rule): \(message)" : "\(rule): \(place): \(message)"
    }
}

/// What `ScheduleValidator` found: every violation, and the objective
/// counted again from the format's table next to the one the file reports.
public struct ValidationReport: Sendable {
    package var violations: [Violation]
    /// The objective recomputed from the instance's weights.
    package var objective: Int
    /// Weighted value of every soft term, by the format's name (`optional_absent`…).
    package var breakdown: [String: Int]
    /// The `objective` written in the schedule file.
    package var reportedObjective: Int

    package var objectiveMatches: Bool { objective == reportedObjective }
    /// The schedule keeps every hard constraint and reports its objective right (`validate` exits 0).
    public var isValid: Bool { violations.isEmpty && objectiveMatches }
}

/// What `validate --previous --now` adds: the schedule is a re-plan of
/// `previous`, made at instant `now`, so the meetings that had started are
/// frozen and uids and sequences follow the previous file.
public struct ReplanRules: Sendable {
    package var previous: Schedule
    package var now: Date

    package init(previous: Schedule, now: Date) {
        self.previous = previous
        self.now = now
    }
}
