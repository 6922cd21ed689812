import CTGCore
import CTGSolver

/// The schedule as the report shows it, worked out once for every view:
/// meetings in time order with their category, times, place and partners,
/// and the months of the horizon. Everything is in a fixed order (never a
/// dictionary's), so that the same inputs always give the same page.
struct ReportContent {
    /// What the colour of a meeting stands for: its phase, or for a meeting
    /// without a phase, its kind. The code is printed next to the colour so
    /// that the colour is never the only cue.
    struct Category {
        package var code: String
        package var name: String
        var color: String
        var tint: String
        package var phase: Int?
    }

    package enum Mark {
        case moved
        case roomChanged
        case added
    }

    package struct Entry {
        package var assignment: Assignment
        package var meeting: Meeting?
        var category: Int
        package var start: LocalTime?
        package var end: LocalTime?
        var shortTitle: String
        package var place: String
        package var site: String
        package var mark: Mark?
        package var date: LocalDate { assignment.date }
    }

    /// A cancelled meeting the calendar still shows, struck through, on its former date.
    struct Withdrawn {
        package var cancellation: Cancellation
        package var date: LocalDate
        package var start: LocalTime?
        package var title: String
    }

    package let schedule: Schedule
    package let instance: ExpandedInstance
    package let texts: Texts
    package let changes: ScheduleChanges?
    let categories: [Category]
    package let entries: [Entry]
    let withdrawn: [Withdrawn]
    /// First day of every month of the horizon.
    package let months: [LocalDate]

    init(_ schedule: Schedule, instance: ExpandedInstance, texts: Texts, changes: ScheduleChanges?) {
        self.schedule = schedule
        self.instance = instance
        self.texts = texts
        self.changes = changes

        let phases = instance.instance.phases
        var categories = phases.enumerated().map { index, phase in
            let color = ReportStyle.phaseColors[index % ReportStyle.phaseColors.count]
            return Category(
                code: String(index + 1), name: phase.name, color: color, tint: ReportStyle.tint(color), phase: index)
        }
        let kindsWithoutPhase = Set(instance.meetings.filter { $0.phase == nil }.map(\.kind))
        var kindCategory: [MeetingKind: Int] = [:]
        for kind in MeetingKind.allCases where kindsWithoutPhase.contains(kind) {
            let color = ReportStyle.kindColors[kindCategory.count % ReportStyle.kindColors.count]
            kindCategory[kind] = categories.count
            categories.append(
                Category(
                    code: texts(kind.codeKey), name: texts(.reportOutsidePhase, texts(kind.textKey)), color: color,
                    tint: ReportStyle.tint(color), phase: nil))
        }
        self.categories = categories

        var marks: [String: Mark] = [:]
        for move in changes?.moved ?? [] { marks[move.meeting] = .moved }
        for move in changes?.roomChanged ?? [] { marks[move.meeting] = .roomChanged }
        for id in changes?.added ?? [] { marks[id] = .added }

        let grid = instance.grid
        entries = schedule.assignments.map { assignment in
            let meeting = instance.meetingIndex[assignment.meeting].map { instance.meetings[$0] }
            let category = meeting.map { meeting in meeting.phase ?? kindCategory[meeting.kind] ?? 0 } ?? 0
            let slots = assignment.slots.compactMap(grid.slotIndex(of:)).map { grid.slots[$0] }
            let room = assignment.room.flatMap { instance.roomIndex[$0] }.map { instance.rooms[$0] }
            return Entry(
                assignment: assignment, meeting: meeting, category: category, start: slots.first?.start,
                end: slots.last?.end,
                shortTitle: ReportContent.shortTitle(assignment.title, meeting: meeting, instance: instance),
                place: room?.name ?? assignment.room ?? texts(.online),
                site: room?.site ?? assignment.site ?? texts(.online),
                mark: marks[assignment.meeting])
        }.sorted { a, b in
            (a.date, grid.slotIndex(of: a.assignment.slot) ?? 0, a.assignment.meeting)
                < (b.date, grid.slotIndex(of: b.assignment.slot) ?? 0, b.assignment.meeting)
        }
        withdrawn = schedule.cancelled.compactMap { cancellation in
            guard let start = cancellation.start, let date = LocalDate(String(start.prefix(10))) else { return nil }
            return Withdrawn(
                cancellation: cancellation, date: date, start: LocalTime(String(start.dropFirst(11).prefix(5))),
                title: cancellation.title ?? cancellation.meeting)
        }.sorted { ($0.date, $0.cancellation.meeting) < ($1.date, $1.cancellation.meeting) }

        let horizon = instance.instance.horizon
        var months: [LocalDate] = []
        var month = LocalDate(year: horizon.from.year, month: horizon.from.month, day: 1)!
        while month <= horizon.to {
            months.append(month)
            month =
                month.month == 12
                ? LocalDate(year: month.year + 1, month: 1, day: 1)!
                : LocalDate(year: month.year, month: month.month + 1, day: 1)!
        }
        self.months = months
    }

    // MARK: Words

    /// A title that fits a calendar cell: the series' own title, cut at a
    /// word, then the session number, so that "— séance 3" is never the
    /// part that gets cut.
    static func shortTitle(_ title: String, meeting: Meeting?, instance: ExpandedInstance, limit: Int = 56) -> String {
        var base = title
        var suffix = ""
        if let meeting, let session = meeting.session {
            let seriesTitle = instance.instance.meetings[meeting.specIndex].title
            if title.hasPrefix(seriesTitle) {
                base = seriesTitle
                suffix = " \(session)/\(meeting.sessionCount)"
            }
        }
        guard base.count > limit else { return base + suffix }
        var cut = ""
        for word in base.split(separator: " ") {
            if cut.count + word.count + 1 > limit - 1 { break }
            cut += cut.isEmpty ? String(word) : " \(word)"
        }
        if cut.isEmpty { cut = String(base.prefix(limit - 1)) }
        return cut + "…" + suffix
    }

    /// "Salle du conseil, Is-sur-Tille"; the site once when the room's name already says it.
    func fullPlace(_ entry: Entry) -> String {
        guard entry.assignment.room != nil, !entry.place.contains(entry.site) else { return entry.place }
        return "\(entry.place), \(entry.site)"
    }

    func partnerName(_ id: String) -> String {
        instance.partnerIndex[id].map { instance.partners[$0].name } ?? id
    }

    func roomName(_ id: String) -> String {
        instance.roomIndex[id].map { instance.rooms[$0].name } ?? id
    }

    /// "14h00–16h30", or the slot id when the slot is unknown.
    package func times(_ entry: Entry) -> String {
        guard let start = entry.start, let end = entry.end else { return entry.assignment.slot }
        return "\(texts.time(start))–\(texts.time(end))"
    }

    /// "mardi 15 novembre 2022, 14h00–16h30".
    package func when(_ entry: Entry) -> String {
        guard let start = entry.start, let end = entry.end else {
            return "\(texts.longDate(entry.date)), \(entry.assignment.slot)"
        }
        return texts.dateAndTimes(entry.date, start, end)
    }

    /// "15 novembre 2022".
    func dayMonthYear(_ date: LocalDate) -> String {
        "\(date.day) \(texts(TextKey.months[date.month - 1])) \(date.year)"
    }

    func monthName(_ month: LocalDate, withYear: Bool = true) -> String {
        let name = texts(TextKey.months[month.month - 1])
        return withYear ? "\(name) \(month.year)" : name
    }

    /// "2022-11-15T14:00" for `<time datetime>`.
    func machineTime(_ date: LocalDate, _ time: LocalTime?) -> String {
        time.map { "\(date)T\($0)" } ?? date.description
    }

    package func phaseName(_ entry: Entry) -> String {
        entry.meeting?.phase.map { instance.instance.phases[$0].name } ?? ""
    }

    func kindName(_ entry: Entry) -> String {
        entry.meeting.map { texts($0.kind.textKey) } ?? ""
    }

    /// The closure periods (`calendar.closures`) within the horizon, whole:
    /// a holiday inside a closure does not split it.
    package var closures: [(id: String, span: DateSpan)] {
        let horizon = instance.instance.horizon
        return instance.instance.calendar.closures.flatMap { id in
            (instance.periods[id] ?? []).filter { $0.to >= horizon.from && $0.from <= horizon.to }.map {
                (id, DateSpan(from: max($0.from, horizon.from), to: min($0.to, horizon.to)))
            }
        }
    }

    /// Public holidays on which nothing is scheduled, outside closures.
    package var holidays: [(date: LocalDate, name: String)] {
        let closures = Set(instance.instance.calendar.closures)
        return instance.closedDates.filter { !closures.contains($0.value) }.map { ($0.key, $0.value) }.sorted {
            $0.date < $1.date
        }
    }

    /// Periods that meetings must or should stay out of (school holidays,
    /// typically), shaded lighter than closures on the timeline.
    package var avoidedPeriods: [(id: String, spans: [DateSpan])] {
        let ids = Set(instance.meetings.flatMap { $0.avoid + ($0.prefer?.notIn ?? []) })
            .subtracting(instance.instance.calendar.closures)
        return instance.instance.periods.filter { ids.contains($0.id) }.map { ($0.id, $0.spans) }
    }
}

extension MeetingKind {
    var codeKey: TextKey {
        switch self {
        case .committee: .reportCodeCommittee
        case .workingGroup: .reportCodeWorkingGroup
        case .workshop: .reportCodeWorkshop
        case .seminar: .reportCodeSeminar
        case .other: .reportCodeOther
        }
    }
}
