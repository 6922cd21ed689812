import CTGCore

extension Replanner {
    /// A meeting that started before `now` took place: cancelling it would
    /// drop it from the schedule and the calendars as if it never happened,
    /// and `validate --previous --now` would reject the result. `--cancel`
    /// of such a meeting, or of a series whose every session took place, is
    /// an input error; a series cancelled part-way keeps the sessions that
    /// took place, which `replan` leaves out of the cancellation.
    static func refuseCancellingThePast(_ edits: [ReplanEdit], instance: Instance, started: Set<String>) throws {
        var problems: [Diagnostic] = []
        for edit in edits {
            guard case .cancel(let id) = edit else { continue }
            let sessions = instance.meetings.first { $0.id == id }?.sessionIDs ?? [id]
            guard !sessions.isEmpty, sessions.allSatisfy(started.contains) else { continue }
            let what = sessions == [id] ? "meeting \"\(id)\"" : "every session of series \"\(id)\""
            problems.append(
                Diagnostic(
                    location: SourceLocation(file: "--cancel", line: 0, column: 0), path: "--cancel \(id)",
                    message:
                        "\(what) already took place (it started before --now): a meeting that took place cannot be cancelled"
                ))
        }
        if !problems.isEmpty { throw InputError(problems) }
    }
}
