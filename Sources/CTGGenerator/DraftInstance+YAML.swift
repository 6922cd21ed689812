import CTGCore

/// The draft as an instance file of format version 1, laid out like the
/// bundled instance: sections in the format's order, each territory's items
/// together under a comment, availability rules with their reason.
extension DraftInstance {
    package var yaml: String {
        var out = YAMLLines()
        for line in header { out.add(0, "# \(line)") }
        out.add(0, "")
        out.add(0, "version: 1")
        out.add(0, "name: \(quoted(name))")
        out.add(0, "timezone: Europe/Paris")
        out.add(0, "horizon: \(span(Campaign.horizon))")
        out.add(0, "")
        out.add(0, "calendar:")
        out.add(1, "days: \(list(Campaign.workingDays.map(\.rawValue)))")
        out.add(1, "slots:")
        for (id, start, end) in Campaign.slots { out.add(2, "- {id: \(id), start: \"\(start)\", end: \"\(end)\"}") }
        out.add(1, "holidays: fr")
        out.add(1, "closures: \(list(Campaign.closures))")

        out.add(0, "")
        out.add(0, "periods:")
        for period in periods {
            out.add(1, "\(period.id):" + (period.note.map { "  # \($0)" } ?? ""))
            for span in period.spans {
                out.add(2, "- " + (span.from == span.to ? "{date: \(span.from)}" : self.span(span)))
            }
        }

        out.section("phases:", phases) { out, phase in
            out.add(1, "- id: \(phase.id)")
            out.add(2, "name: \(quoted(phase.name))")
            if !phase.after.isEmpty { out.add(2, "after: \(list(phase.after))") }
            if phase.gapDays > 0 { out.add(2, "gap_days: \(phase.gapDays)") }
            out.add(2, "window: \(span(phase.window))")
        }
        out.section("groups:", groups) { out, group in out.add(1, "\(group.id): \(list(group.members))") }
        out.section("partners:", partners) { out, partner in
            out.add(1, "- id: \(partner.id)")
            out.add(2, "name: \(quoted(partner.name))")
            if let email = partner.email { out.add(2, "email: \(email)") }
            rules(partner.unavailable, into: &out)
            if let limit = partner.maxPerWeek { out.add(2, "max_per_week: \(limit)") }
            if let limit = partner.maxPerDay { out.add(2, "max_per_day: \(limit)") }
            if let prefers = partner.prefers { out.add(2, "prefers: \(preference(prefers))") }
        }
        out.section("rooms:", rooms) { out, room in
            out.add(1, "- id: \(room.id)")
            out.add(2, "name: \(quoted(room.name))")
            out.add(2, "site: \(quoted(room.site))")
            out.add(2, "capacity: \(room.capacity)")
            out.add(2, "features: \(list(room.features))")
            rules(room.unavailable, into: &out)
        }
        out.section("meetings:", meetings) { out, meeting in self.meeting(meeting, into: &out) }
        return out.text
    }

    private func meeting(_ meeting: DraftMeeting, into out: inout YAMLLines) {
        out.add(1, "- id: \(meeting.id)")
        out.add(2, "title: \(quoted(meeting.title))")
        out.add(2, "kind: \(meeting.kind.rawValue)")
        if let phase = meeting.phase { out.add(2, "phase: \(phase)") }
        if meeting.sessions > 1 { out.add(2, "sessions: \(meeting.sessions)") }
        if let spacing = meeting.spacing {
            let fields = [
                ("min_days", spacing.minDays), ("max_days", spacing.maxDays), ("target_days", spacing.targetDays),
            ]
            out.add(
                2,
                "spacing: {"
                    + fields.compactMap { name, value in value.map { "\(name): \($0)" } }.joined(separator: ", ") + "}")
        }
        if meeting.duration > 1 { out.add(2, "duration: \(meeting.duration)") }
        out.add(2, "attendees:")
        out.add(3, "required: \(list(meeting.required))")
        if !meeting.optional.isEmpty { out.add(3, "optional: \(list(meeting.optional))") }
        if let participants = meeting.participants { out.add(2, "participants: \(participants)") }
        if !meeting.needs.isEmpty { out.add(2, "needs: \(list(meeting.needs))") }
        if meeting.online {
            out.add(2, "online: true")
        } else if !meeting.sites.isEmpty {
            out.add(2, "sites: \(list(meeting.sites.map(quoted)))")
        }
        if meeting.distinctSites { out.add(2, "distinct_sites: true") }
        if let days = meeting.days { out.add(2, "days: \(list(days.map(\.rawValue)))") }
        if let slots = meeting.slots { out.add(2, "slots: \(slotList(slots))") }
        if let window = meeting.window { out.add(2, "window: \(span(window))") }
        if !meeting.avoid.isEmpty { out.add(2, "avoid: \(list(meeting.avoid))") }
        if let prefer = meeting.prefer { out.add(2, "prefer: \(preference(prefer))") }
        if !meeting.after.isEmpty {
            out.add(2, "after:")
            for after in meeting.after {
                var fields = ["meeting: \(quoted(after.meeting))"]
                if after.minDays > 0 { fields.append("min_days: \(after.minDays)") }
                if let maxDays = after.maxDays { fields.append("max_days: \(maxDays)") }
                out.add(3, "- {" + fields.joined(separator: ", ") + "}")
            }
        }
        if let fixed = meeting.fixed { out.add(2, "fixed: \(pin(fixed))") }
        guard !meeting.overrides.isEmpty else { return }
        out.add(2, "overrides:")
        for (session, override) in meeting.overrides.sorted(by: { $0.key < $1.key }) {
            out.add(3, "\(quoted(meeting.sessionID(session))):")
            if let title = override.title { out.add(4, "title: \(quoted(title))") }
            if let days = override.days { out.add(4, "days: \(list(days.map(\.rawValue)))") }
            if let slots = override.slots { out.add(4, "slots: \(slotList(slots))") }
            if let window = override.window { out.add(4, "window: \(span(window))") }
            if let fixed = override.fixed { out.add(4, "fixed: \(pin(fixed))") }
        }
    }

    private func rules(_ rules: [DraftRule], into out: inout YAMLLines) {
        guard !rules.isEmpty else { return }
        out.add(2, "unavailable:")
        for rule in rules {
            var fields: [String]
            switch rule.kind {
            case .weekday(let weekday): fields = ["weekday: \(weekday.rawValue)"]
            case .span(let span) where span.from == span.to: fields = ["date: \(span.from)"]
            case .span(let span): fields = ["from: \(span.from)", "to: \(span.to)"]
            case .period(let period): fields = ["period: \(period)"]
            }
            if let slots = rule.slots { fields.append("slots: \(slotList(slots))") }
            out.add(3, "- {" + fields.joined(separator: ", ") + "}" + (rule.note.map { "  # \($0)" } ?? ""))
        }
    }

    private func preference(_ preference: DraftPreference) -> String {
        var fields: [String] = []
        if !preference.days.isEmpty { fields.append("days: \(list(preference.days.map(\.rawValue)))") }
        if !preference.slots.isEmpty { fields.append("slots: \(slotList(preference.slots))") }
        if !preference.rooms.isEmpty { fields.append("rooms: \(list(preference.rooms))") }
        if !preference.notIn.isEmpty { fields.append("not_in: \(list(preference.notIn))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func pin(_ pin: DraftPin) -> String {
        "{date: \(pin.date), slot: \(Campaign.slots[pin.slot].0)" + (pin.room.map { ", room: \($0)" } ?? "") + "}"
    }

    private func span(_ span: DateSpan) -> String { "{from: \(span.from), to: \(span.to)}" }
    private func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    private func slotList(_ slots: [Int]) -> String { list(slots.map { Campaign.slots[$0].0 }) }

    /// Free text in double quotes, the only YAML style with no surprise for
    /// apostrophes, colons, `#` and accents.
    private func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}

/// Indented lines of a YAML document under construction.
private struct YAMLLines {
    private var lines: [String] = []

    package var text: String { lines.joined(separator: "\n") + "\n" }

    package mutating func add(_ depth: Int, _ line: String) {
        lines.append(line.isEmpty ? "" : String(repeating: "  ", count: depth) + line)
    }

    /// A top-level section whose items come in blocks, each block announced
    /// by a comment when its `section` changes.
    package mutating func section<Item: Sectioned>(
        _ key: String, _ items: [Item], _ write: (inout YAMLLines, Item) -> Void
    ) {
        add(0, "")
        add(0, key + (items.isEmpty ? " []" : ""))
        var current: String?
        for item in items {
            if item.section != current {
                if current != nil { add(0, "") }
                add(1, "# --- \(item.section) ---")
                current = item.section
            }
            write(&self, item)
        }
    }
}
