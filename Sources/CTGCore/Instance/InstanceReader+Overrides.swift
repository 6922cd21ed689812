/// `overrides` of a series: per-session `fixed`, `window`, `slots`, `days` and `title`.
extension InstanceReader {
    func readOverrides(
        _ value: YAMLValue, of meeting: MeetingSpec, id: String
    ) -> [(session: String, override: SessionOverride)] {
        guard let entries = value.entries() else { return [] }
        let sessionIDs = meeting.sessionIDs
        return entries.compactMap { entry in
            guard sessionIDs.contains(entry.key) else {
                log.error(
                    "\(quoted(entry.key)) is not a session of \(quoted(id)):"
                        + " expected \(sessionIDs[0]) to \(sessionIDs[sessionIDs.count - 1])",
                    at: Mention(location: entry.keyValue.location, path: entry.value.path))
                return nil
            }
            return readOverride(entry.value, session: entry.key, of: meeting).map { (entry.key, $0) }
        }
    }

    private func readOverride(_ value: YAMLValue, session: String, of meeting: MeetingSpec) -> SessionOverride? {
        guard let fields = value.fields(["fixed", "window", "slots", "days", "title"]) else { return nil }
        var override = SessionOverride()
        override.fixed = fields["fixed"].flatMap { readPin($0, online: meeting.online) }
        override.window = fields["window"].flatMap { readWindow($0, of: "session") }
        if let slotsValue = fields["slots"] {
            override.slots = readReferences(slotsValue, to: .slot, nonEmpty: true)
            checkDuration(meeting.duration, allowedSlots: override.slots, at: slotsValue, session: session)
        }
        override.days = fields["days"].flatMap { readWeekdays($0, nonEmpty: true) }
        override.title = fields["title"]?.nonEmptyText()
        override.location = value.location
        return override
    }
}
