import CTGCore

/// Why an instance has no schedule: a minimal set of requirements that
/// cannot hold together, each as one sentence, and the cheapest changes
/// that lift it. What `ctg-planner explain` prints, as text or as JSON.
package struct ConflictReport: Sendable {
    package enum Status: String, Sendable {
        case feasible
        case infeasible
        /// The time limit ran out before feasibility was known.
        case undecided
    }

    /// One requirement of the conflict, or one repair.
    package struct Item: Sendable, Equatable {
        /// `meeting-window`, `meeting-days`, `meeting-slots`, `meeting-avoid`,
        /// `phase-window`, `partner-availability`, `partner-day-limit`,
        /// `partner-week-limit`, `precedence-min`, `precedence-max`,
        /// `spacing-min`, `spacing-max`, `phase-order`, `distinct-sites`,
        /// `pin`, `room-need`, or `meeting` (a meeting of the conflict that
        /// only takes slots and rooms).
        package let kind: String
        /// Ids of the file: the meeting (session `ID#k`), the partner first
        /// then the meeting, the phase then its meetings, the earlier then the
        /// later meeting or phase, the series.
        package let ids: [String]
        package let sentence: String
    }

    package let status: Status
    /// Whether removing any one requirement of `conflict` was proven to lift it.
    package let minimal: Bool
    /// How the conflict was first proven: `no-candidate`, `chain`,
    /// `partner-overload`, `partner-limit`, `room-shortage`, `solver`, or
    /// `background` (nothing a coordinator can relax is involved).
    let foundBy: String?
    /// The sentence that introduces the conflict.
    package let summary: String?
    package let conflict: [Item]
    /// Each lifts the conflict on its own; cheapest first.
    package let repairs: [Item]
    let notes: [String]
    package let seconds: Double
    /// Relaxed problems decided, and how many of them needed GLPK.
    package let probes: Int
    let solverProbes: Int
    package let texts: Texts

    /// The explanation as printed: a header, the conflict, the repairs, the notes.
    package var lines: [String] {
        switch status {
        case .feasible: return [texts(.explainFeasible)]
        case .undecided: return [texts(.explainUndecided)]
        case .infeasible: break
        }
        var lines = [texts(.explainHeader)]
        if let summary { lines.append(summary) }
        lines += conflict.map { "  – " + $0.sentence }
        if !repairs.isEmpty { lines += ["", texts(.explainRepairsHeader)] + repairs.map { "  – " + $0.sentence } }
        if !notes.isEmpty { lines += [""] + notes }
        return lines
    }

    /// The timing line, for standard error.
    package var timing: String {
        texts(.explainTiming, texts.decimal(seconds), probes, solverProbes)
    }

    /// The report as JSON (schema in `ctg-planner explain --help`).
    package var json: String {
        func items(_ list: [Item]) -> JSONValue {
            .array(
                list.map {
                    .object([
                        ("kind", .string($0.kind)), ("ids", .array($0.ids.map { .string($0) })),
                        ("sentence", .string($0.sentence)),
                    ])
                })
        }
        let feasible: JSONValue = status == .undecided ? .null : .bool(status == .feasible)
        return JSONValue.object([
            ("status", .string(status.rawValue)),
            ("feasible", feasible),
            ("minimal", .bool(minimal)),
            ("found_by", .optional(foundBy)),
            ("summary", .optional(summary)),
            ("conflict", items(conflict)),
            ("repairs", items(repairs)),
            ("note", notes.isEmpty ? .null : .string(notes.joined(separator: " "))),
            ("milliseconds", .int(Int((seconds * 1000).rounded()))),
            ("probes", .int(probes)),
            ("solver_probes", .int(solverProbes)),
        ]).serialized()
    }
}
