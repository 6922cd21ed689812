import CTGCore

extension Replanner {
    /// The instance a re-planned schedule was made for: the file's instance
    /// with the edits the schedule records (`changes`) applied, its
    /// cancelled meetings left out. `validate` and `report` judge such a
    /// schedule against it, as `replan` did when it wrote it; nil when the
    /// schedule records no edit (the file's instance is the one).
    ///
    /// A meeting of the schedule may have lost every candidate to an edit
    /// (it took place before the edit): it is no input error here, the
    /// validator judges where it is.
    package static func instance(_ instance: Instance, asEditedBy schedule: Schedule) throws -> ExpandedInstance? {
        let edits = try ReplanEdit.recorded(in: schedule.changes)
        guard !edits.isEmpty else { return nil }
        let (edited, cancelled) = try instance.applying(edits)
        let scheduled = Set(schedule.assignments.map(\.meeting))
        return try ExpandedInstance(
            edited, busy: try BusyCalendars.resolve(edited), excluding: cancelled.subtracting(scheduled),
            exempt: scheduled)
    }
}
