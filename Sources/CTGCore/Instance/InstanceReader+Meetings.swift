/// `meetings`.
extension InstanceReader {
    static let meetingFieldNames = [
        "id", "title", "kind", "phase", "sessions", "spacing", "duration", "attendees", "participants", "needs",
        "rooms", "sites", "online", "distinct_sites", "days", "slots", "window", "avoid", "prefer", "after", "fixed",
        "overrides",
        // Extensions of format version 1: see `MeetingSpec.purpose` and `MeetingSpec.url`.
        "purpose", "url",
    ]

    func readMeetings(_ value: YAMLValue) -> [MeetingSpec]? {
        guard let items = value.list() else { return nil }
        guard items.count <= InputLimits.meetings else {
            value.error("\(items.count) meetings, more than the limit of \(InputLimits.meetings)")
            return nil
        }
        let meetings = items.compactMap(readMeeting)
        let expanded = meetings.reduce(0) { $0 + $1.sessions }
        if expanded > InputLimits.meetings {
            value.error(
                "\(expanded) meetings once series are expanded, more than the limit of \(InputLimits.meetings)")
        }
        return meetings
    }

    private func readMeeting(_ value: YAMLValue) -> MeetingSpec? {
        guard let fields = value.fields(Self.meetingFieldNames) else { return nil }
        let id = readID(fields, defining: .meeting)
        var meeting = MeetingSpec(id: id ?? "", title: fields.required("title")?.nonEmptyText() ?? "")
        meeting.location = value.location
        if let kind = fields["kind"]?.choice(MeetingKind.allCases.map(\.rawValue)) {
            meeting.kind = MeetingKind(rawValue: kind) ?? .other
        }
        if let phaseValue = fields["phase"], let phase = phaseValue.reference() {
            references.use(phase, as: [.phase], at: phaseValue.mention)
            if let id {
                references.phaseMembers.append(.init(from: id, to: phase, mention: phaseValue.mention))
            }
            meeting.phase = phase
        }
        // nil when written wrong: the checks that depend on it are skipped
        // rather than reported against a guess.
        let sessions = fields["sessions"].map { $0.int(in: 1...InputLimits.sessions) } ?? 1
        meeting.sessions = sessions ?? 1
        let duration = fields["duration"].map { $0.int(in: 1...InputLimits.duration) } ?? 1
        meeting.duration = duration ?? 1
        if let attendees = fields["attendees"]?.fields(["required", "optional"]) {
            meeting.required = attendees["required"].flatMap { readReferences($0, to: .partner, .group) } ?? []
            meeting.optional = attendees["optional"].flatMap { readReferences($0, to: .partner, .group) } ?? []
        }
        meeting.participants = fields["participants"]?.int(in: 1...InputLimits.headcount)
        meeting.needs = fields["needs"].flatMap { readReferences($0, to: .feature) } ?? []
        meeting.rooms = fields["rooms"].flatMap { readReferences($0, to: .room, nonEmpty: true) }
        meeting.sites = fields["sites"].flatMap { readReferences($0, to: .site, nonEmpty: true) }
        meeting.online = fields["online"]?.bool() ?? false
        meeting.distinctSites = fields["distinct_sites"]?.bool() ?? false
        meeting.days = fields["days"].flatMap { readWeekdays($0, nonEmpty: true) }
        meeting.slots = fields["slots"].flatMap { readReferences($0, to: .slot, nonEmpty: true) }
        meeting.window = fields["window"].flatMap { readWindow($0, of: "meeting") }
        meeting.avoid = fields["avoid"].flatMap { readReferences($0, to: .period) } ?? []
        meeting.prefer = fields["prefer"].flatMap { readMeetingPreference($0, online: meeting.online) }
        meeting.after = fields["after"]?.list { readPrecedence($0, of: id) } ?? []
        meeting.fixed = fields["fixed"].flatMap { readPin($0, online: meeting.online) }
        meeting.purpose = fields["purpose"]?.nonEmptyText()
        meeting.url = fields["url"]?.nonEmptyText()
        if let sessions {
            checkSeriesFields(fields, of: &meeting, sessions: sessions, id: id)
        }
        if let duration, let durationValue = fields["duration"] {
            checkDuration(duration, allowedSlots: meeting.slots, at: durationValue)
        }
        guard id != nil else { return nil }
        return meeting
    }

    /// `spacing`, `distinct_sites` and `overrides` belong to a series, `fixed` to a single meeting.
    private func checkSeriesFields(_ fields: YAMLFields, of meeting: inout MeetingSpec, sessions: Int, id: String?) {
        if sessions < 2 {
            let seriesOnly = "only a series (sessions: 2 or more) has this field"
            if let mention = fields.mention(of: "spacing"), fields["spacing"] != nil {
                log.error(seriesOnly, at: mention)
            }
            if let mention = fields.mention(of: "distinct_sites"), meeting.distinctSites {
                log.error(seriesOnly, at: mention)
            }
            if let mention = fields.mention(of: "overrides"), let overrides = fields["overrides"]?.entries(),
                !overrides.isEmpty
            {
                log.error(seriesOnly, at: mention)
            }
            return
        }
        if let mention = fields.mention(of: "fixed"), meeting.fixed != nil {
            let example = "\(id ?? "ID")#1"
            log.error(
                "a series cannot be fixed: pin one session with overrides: {\(quoted(example)): {fixed: …}}",
                at: mention)
        }
        // The format's default spacing (`min_days: 1`) is written out, so that
        // a series always has one and a single meeting never has one.
        if let spacing = fields["spacing"] {
            meeting.spacing = readSpacing(spacing)
        } else {
            meeting.spacing = Spacing()
        }
        if let overrides = fields["overrides"], let id {
            meeting.overrides = readOverrides(overrides, of: meeting, id: id)
        }
    }

    /// A meeting of duration k needs k consecutive slots (in `calendar.slots`
    /// order) among those it may use.
    func checkDuration(_ duration: Int, allowedSlots: [String]?, at value: YAMLValue, session: String? = nil) {
        guard !slots.isEmpty else { return }
        var longest = 0
        var run = 0
        for slot in slots {
            let isAllowed = allowedSlots?.contains(slot.id) ?? true
            run = isAllowed ? run + 1 : 0
            longest = max(longest, run)
        }
        guard duration > longest else { return }
        if allowedSlots == nil {
            value.error("duration \(duration) is longer than the \(slots.count) slots of a day")
        } else if let session {
            value.error(
                "\(session) may use at most \(longest) consecutive slots, fewer than its duration \(duration)")
        } else {
            value.error(
                "duration \(duration) is longer than the longest run of consecutive allowed slots (\(longest))")
        }
    }

    private func readSpacing(_ value: YAMLValue) -> Spacing? {
        guard let fields = value.fields(["min_days", "max_days", "target_days"]) else { return nil }
        let minDays = fields["min_days"].map { $0.int(in: 0...InputLimits.dayCount) } ?? 1
        let maxDays = fields["max_days"]?.int(in: 0...InputLimits.dayCount)
        let targetDays = fields["target_days"]?.int(in: 0...InputLimits.dayCount)
        guard let minDays else { return nil }
        if let maxDays, maxDays < minDays {
            fields["max_days"]?.error("max_days \(maxDays) is less than min_days \(minDays)")
        }
        if let targetDays, targetDays < minDays || maxDays.map({ targetDays > $0 }) ?? false {
            let range = maxDays.map { "\(minDays)..\($0)" } ?? "\(minDays) or more"
            fields["target_days"]?.error("target_days \(targetDays) is outside min_days..max_days (\(range))")
        }
        return Spacing(minDays: minDays, maxDays: maxDays, targetDays: targetDays)
    }

    private func readMeetingPreference(_ value: YAMLValue, online: Bool) -> MeetingPreference? {
        guard let fields = value.fields(["days", "slots", "rooms", "not_in"]) else { return nil }
        var preference = MeetingPreference()
        preference.days = fields["days"].flatMap { readWeekdays($0, nonEmpty: false) }
        preference.slots = fields["slots"].flatMap { readReferences($0, to: .slot) }
        preference.rooms = fields["rooms"].flatMap { readReferences($0, to: .room) }
        preference.notIn = fields["not_in"].flatMap { readReferences($0, to: .period) }
        if online, let mention = fields.mention(of: "rooms") {
            log.error("not allowed on an online meeting, which gets no room", at: mention)
        }
        return preference
    }

    /// One entry of `after`, recorded for the cycle check under the meeting's
    /// own id (a series' `after` applies to its first session).
    private func readPrecedence(_ value: YAMLValue, of id: String?) -> Precedence? {
        guard let fields = value.fields(["meeting", "min_days", "max_days"]) else { return nil }
        let meetingValue = fields.required("meeting")
        let other = meetingValue?.reference()
        let minDays = fields["min_days"].map { $0.int(in: 0...InputLimits.dayCount) } ?? 0
        let maxDays = fields["max_days"]?.int(in: 0...InputLimits.dayCount)
        if let minDays, let maxDays, maxDays < minDays {
            fields["max_days"]?.error("max_days \(maxDays) is less than min_days \(minDays)")
        }
        guard let meetingValue, let other, let minDays else { return nil }
        references.use(other, as: [.meeting], at: meetingValue.mention)
        if let id {
            references.meetingOrder.append(.init(from: id, to: other, mention: meetingValue.mention))
        }
        var precedence = Precedence(meeting: other, minDays: minDays, maxDays: maxDays)
        precedence.location = value.location
        return precedence
    }

    /// `fixed: {date, slot, room?}`; an online meeting gets no room to pin.
    func readPin(_ value: YAMLValue, online: Bool) -> Pin? {
        guard let fields = value.fields(["date", "slot", "room"]) else { return nil }
        let date = fields.required("date")?.date()
        let slotValue = fields.required("slot")
        let slot = slotValue?.reference()
        if let slotValue, let slot {
            references.use(slot, as: [.slot], at: slotValue.mention)
        }
        let roomValue = fields["room"]
        let room = roomValue?.reference()
        if let roomValue, let room {
            references.use(room, as: [.room], at: roomValue.mention)
            if online {
                roomValue.error("not allowed on an online meeting, which gets no room")
            }
        }
        guard let date, let slot else { return nil }
        var pin = Pin(date: date, slot: slot, room: room)
        pin.location = value.location
        return pin
    }
}
