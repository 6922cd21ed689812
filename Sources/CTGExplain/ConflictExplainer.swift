import CTGCore
import Foundation

/// Explains why an instance has no schedule, in a coordinator's words:
/// a minimal set of requirements (windows, availabilities, limits, orders,
/// pins, room needs) that cannot hold together, and the cheapest changes
/// that lift it. GLPK has no conflict refiner; this is one, built on
/// feasibility probes (see `ConflictRefiner` for the search and
/// `DeletionFilter` for why the result is minimal).
///
/// ```swift
/// let report = try ConflictExplainer.explain(try InstanceLoader.load(path: "ctg.yaml"))
/// print(report.lines.joined(separator: "\n"))
/// ```
package enum ConflictExplainer {
    package struct Options: Sendable {
        /// Seconds for each probe; a probe that runs out leaves the
        /// conflict's minimality unproven, never the conflict wrong.
        package var probeTimeLimit: Double = 10
        /// Seconds for the whole explanation; once spent, what is left to
        /// try is kept without proof.
        package var timeLimit: Double = 60
        package var language: Language = .fr
        package init() {}
    }

    /// Explains `instance` as read from its file. Throws `InputError` for a
    /// busy calendar that cannot be read, and for a meeting that no relaxing
    /// of requirements could place (its whole horizon closed, say), which is
    /// an input problem, not a conflict.
    package static func explain(_ instance: Instance, options: Options = Options()) throws -> ConflictReport {
        try explain(space(for: instance), options: options)
    }

    /// Explains an instance that expanded without errors (what `solve`
    /// found infeasible).
    package static func explain(_ instance: ExpandedInstance, options: Options = Options()) throws -> ConflictReport {
        try explain(ConflictSpace(expanded: instance), options: options)
    }

    /// The refiner's view of `instance`, its busy calendars read.
    static func space(for instance: Instance) throws -> ConflictSpace {
        let busy = try BusyCalendars.resolve(instance)
        // Without meetings, the expansion gives the calendar tables and cannot
        // fail on a meeting without candidates, which the refiner explains.
        var shell = instance
        shell.meetings = []
        let space = ConflictSpace(instance: instance, tables: try ExpandedInstance(shell, busy: busy))
        if space.hasUnplaceableMeeting { _ = try ExpandedInstance(instance, busy: busy) }
        return space
    }

    static func explain(_ space: ConflictSpace, options: Options) throws -> ConflictReport {
        let started = Date()
        let oracle = FeasibilityOracle(
            space: space, probeTimeLimit: options.probeTimeLimit,
            deadline: started.addingTimeInterval(options.timeLimit))
        let texts = Texts(options.language)
        let result = try ConflictRefiner(space: space, oracle: oracle).run()
        func report(
            _ status: ConflictReport.Status, minimal: Bool = true, foundBy: String? = nil, summary: String? = nil,
            conflict: [ConflictReport.Item] = [], repairs: [ConflictReport.Item] = [], notes: [String] = []
        ) -> ConflictReport {
            ConflictReport(
                status: status, minimal: minimal, foundBy: foundBy, summary: summary, conflict: conflict,
                repairs: repairs,
                notes: notes, seconds: Date().timeIntervalSince(started), probes: oracle.probes,
                solverProbes: oracle.solverProbes, texts: texts)
        }
        switch result {
        case .feasible:
            return report(.feasible)
        case .undecided:
            return report(.undecided, minimal: false)
        case .conflict(let conflict):
            let all = Set(space.requirements)
            let wording = ConflictWording(
                space: space, texts: texts, scope: conflict.scope, relaxed: all.subtracting(conflict.requirements))
            let (foundBy, summary) = wording.summary(conflict.finding, requirements: conflict.requirements)
            let named = Set(conflict.requirements.flatMap { space.meetings(namedBy: $0, in: conflict.scope) })
            let items =
                conflict.requirements.map(wording.item(for:))
                + conflict.scope.filter { !named.contains($0) }.map(wording.item(forMeeting:))
            var notes: [String] = []
            if !conflict.minimal { notes.append(texts(.explainNotMinimal, oracle.unknowns)) }
            if !conflict.repairsComplete {
                notes.append(texts(.explainRepairsSkipped))
            } else if conflict.repairs.isEmpty {
                notes.append(texts(.explainNoRepair))
            }
            switch conflict.firstRepairSuffices {
            case true?: notes.append(texts(.explainRepairSuffices))
            case false?: notes.append(texts(.explainRepairNotEnough))
            case nil: notes.append(texts(.explainOthersMayRemain))
            }
            return report(
                .infeasible, minimal: conflict.minimal, foundBy: foundBy, summary: summary, conflict: items,
                repairs: conflict.repairs.map(wording.item(for:)), notes: notes)
        }
    }
}
