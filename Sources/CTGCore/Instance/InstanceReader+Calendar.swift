/// `calendar` and `periods`.
extension InstanceReader {
    func readCalendar(_ value: YAMLValue) -> CalendarSettings? {
        guard let fields = value.fields(["days", "slots", "holidays", "closures"]) else { return nil }
        let slots = fields.required("slots").flatMap(readSlots)
        let days = fields["days"].flatMap { readWeekdays($0, nonEmpty: true) }
        let holidays = fields["holidays"].flatMap { value in
            value.choice(["fr", "none"]).flatMap(HolidayCalendar.init(rawValue:))
        }
        let closures = fields["closures"].flatMap { readReferences($0, to: .period) }
        guard let slots else { return nil }
        self.slots = slots
        var calendar = CalendarSettings(slots: slots)
        if let days { calendar.days = days }
        if let holidays { calendar.holidays = holidays }
        if let closures { calendar.closures = closures }
        return calendar
    }

    /// The slots of a day, in time order and without overlap; the slots
    /// read correctly, so that durations can still be checked against them.
    private func readSlots(_ value: YAMLValue) -> [SlotDefinition]? {
        guard let items = value.list() else { return nil }
        guard !items.isEmpty else {
            value.error("must list at least one slot")
            return nil
        }
        guard items.count <= InputLimits.slotsPerDay else {
            value.error("\(items.count) slots a day, more than the limit of \(InputLimits.slotsPerDay)")
            return nil
        }
        var slots: [SlotDefinition] = []
        for item in items {
            guard let fields = item.fields(["id", "start", "end"]) else { continue }
            let id = readID(fields, defining: .slot)
            let startValue = fields.required("start")
            let endValue = fields.required("end")
            guard let id, let startValue, let endValue, let start = startValue.time(), let end = endValue.time()
            else { continue }
            guard start < end else {
                endValue.error("slot \(quoted(id)) ends at \(end), not after its start at \(start)")
                continue
            }
            if let previous = slots.last, start < previous.end {
                startValue.error(
                    "slot \(quoted(id)) starts at \(start) before the previous slot \(quoted(previous.id))"
                        + " ends at \(previous.end)")
            }
            slots.append(SlotDefinition(id: id, start: start, end: end))
        }
        return slots
    }

    func readPeriods(_ value: YAMLValue) -> [NamedPeriod]? {
        guard let entries = value.entries() else { return nil }
        return entries.compactMap { entry in
            let id = readKey(entry.key, at: entry.keyValue, path: entry.value.path, defining: .period)
            let spans = entry.value.list(readPeriodSpan)
            guard let id, let spans else { return nil }
            return NamedPeriod(id: id, spans: spans, location: entry.keyValue.location)
        }
    }

    /// `{from, to}` or `{date}`. A span that lies wholly outside the horizon
    /// is most likely a wrong year; one that overlaps it is fine (a list of
    /// school holidays is often longer than the plan).
    private func readPeriodSpan(_ value: YAMLValue) -> DateSpan? {
        guard let fields = value.fields(["from", "to", "date"]) else { return nil }
        let span: DateSpan?
        switch fields.names {
        case ["date"]: span = fields.required("date")?.date().map(DateSpan.init(date:))
        case ["from", "to"], ["to", "from"]: span = readSpan(fields)
        default:
            value.error("expected {from, to} or {date}, got {\(fields.names.joined(separator: ", "))}")
            return nil
        }
        if let span, let horizon, span.to < horizon.from || horizon.to < span.from {
            value.error("\(span) lies wholly outside the horizon \(horizon)")
        }
        return span
    }
}
