/// A wall time together with the zone that gives it an instant; DATE values
/// are midnight in the floating zone the caller chose.
struct Moment {
    var local: LocalDateTime
    var zone: Zone
    var isDate: Bool

    var instant: Int { zone.instant(for: local) }
}

/// How long each occurrence of an event lasts: nominal days, added on the
/// wall clock, then exact seconds (RFC 5545 §3.3.6, §3.8.2.5).
struct EventLength {
    var days: Int
    var seconds: Int

    func end(startingAt local: LocalDateTime, in zone: Zone) -> Int {
        zone.instant(for: local.adding(days: days)) + seconds
    }

    /// The same, when the start's instant is known: no second zone lookup for an exact length.
    func end(startingAt local: LocalDateTime, instant: Int, in zone: Zone) -> Int {
        days == 0 ? instant + seconds : end(startingAt: local, in: zone)
    }

    /// An upper bound in seconds, for deciding how early an occurrence may start and still reach a window.
    var upperBound: Int { (days + 2) * 86_400 + seconds }
}

/// The scheduling view of one VEVENT, with every date resolved to a zone.
struct EventRecord {
    var uid: String
    var summary: String?
    var status: EventStatus?
    var isTransparent: Bool
    var sequence: Int
    var start: Moment
    var length: EventLength
    var rules: [RecurrenceRule]
    /// RDATEs; a PERIOD brings its own end instant.
    var recurrenceDates: [(start: Moment, end: Int?)]
    var exceptionInstants: Set<Int>
    /// EXDATEs written as DATE, which remove every occurrence on that wall-clock day.
    var exceptionDays: Set<Int>
    var recurrenceID: Moment?
    /// The BEGIN:VEVENT line, where a problem with the event as a whole is reported.
    var origin: ContentLineLocation?

    init(_ event: Component, resolver: inout ZoneResolver, floating: Zone) throws(ICalendarError) {
        func moment(_ property: Property, _ text: Substring, zone: Zone) throws(ICalendarError) -> Moment {
            guard let value = DateTimeValue(text.trimmingCharacters(in: .whitespaces)) else {
                throw ICalendarError(at: property.origin, "\(property.name) \(quoted(text)) is not a DATE or DATE-TIME")
            }
            switch value {
            case .date(let day):
                return Moment(local: LocalDateTime(day: day), zone: floating, isDate: true)
            case .dateTime(let time, isUTC: true):
                return Moment(local: time, zone: .utc, isDate: false)
            case .dateTime(let time, isUTC: false):
                if let tzid = property.parameter("TZID") {
                    return Moment(
                        local: time, zone: try resolver.zone(named: tzid, origin: property.origin), isDate: false)
                }
                return Moment(local: time, zone: zone, isDate: false)
            }
        }

        guard let dtstart = event.property("DTSTART") else {
            throw ICalendarError(at: event.origin, "VEVENT without DTSTART")
        }
        start = try moment(dtstart, dtstart.value[...], zone: floating)
        // RDATE, EXDATE and RECURRENCE-ID without TZID share DTSTART's zone:
        // producers that omit it mean the event's zone, not floating time.
        let eventZone = start.zone

        origin = event.origin
        uid = event.property("UID")?.textValue ?? ""
        summary = event.property("SUMMARY")?.textValue
        status = event.property("STATUS").flatMap { EventStatus(rawValue: $0.value.uppercased()) }
        isTransparent = event.property("TRANSP")?.value.uppercased() == "TRANSPARENT"
        sequence = event.property("SEQUENCE").flatMap { Int($0.value.trimmingCharacters(in: .whitespaces)) } ?? 0

        if let dtend = event.property("DTEND") {
            let end = try moment(dtend, dtend.value[...], zone: eventZone)
            // An event that ends before it starts is a broken export, not a
            // zero-length event: guessing which date is wrong could hide it.
            if start.isDate && end.isDate {
                guard end.local.day >= start.local.day else {
                    throw ICalendarError(at: dtend.origin, "DTEND \(quoted(dtend.value)) is before DTSTART")
                }
                length = EventLength(days: end.local.day - start.local.day, seconds: 0)
            } else {
                guard end.instant >= start.instant else {
                    throw ICalendarError(at: dtend.origin, "DTEND \(quoted(dtend.value)) is before DTSTART")
                }
                length = EventLength(days: 0, seconds: end.instant - start.instant)
            }
        } else if let property = event.property("DURATION") {
            guard let duration = DurationValue(property.value.trimmingCharacters(in: .whitespaces)) else {
                throw ICalendarError(at: property.origin, "DURATION \(quoted(property.value)) is not a duration")
            }
            guard duration.days >= 0, duration.seconds >= 0 else {
                throw ICalendarError(
                    at: property.origin,
                    "DURATION \(quoted(property.value)) is negative; an event cannot end before it starts")
            }
            length = EventLength(days: duration.days, seconds: duration.seconds)
        } else {
            length = EventLength(days: start.isDate ? 1 : 0, seconds: 0)
        }

        var rules: [RecurrenceRule] = []
        for property in event.properties(named: "RRULE") {
            rules.append(try RecurrenceRule(property))
        }
        self.rules = rules

        var recurrenceDates: [(start: Moment, end: Int?)] = []
        for property in event.properties(named: "RDATE") {
            for item in property.value.split(separator: ",") {
                let parts = item.split(separator: "/", maxSplits: 1)
                let begin = try moment(property, parts[0], zone: eventZone)
                var end: Int?
                if parts.count == 2 {
                    if let duration = DurationValue(parts[1]) {
                        end = EventLength(days: duration.days, seconds: duration.seconds).end(
                            startingAt: begin.local, in: begin.zone)
                    } else {
                        end = try moment(property, parts[1], zone: eventZone).instant
                    }
                }
                recurrenceDates.append((begin, end))
            }
        }
        self.recurrenceDates = recurrenceDates

        var exceptionInstants: Set<Int> = []
        var exceptionDays: Set<Int> = []
        for property in event.properties(named: "EXDATE") {
            for item in property.value.split(separator: ",") {
                let exception = try moment(property, item, zone: eventZone)
                if exception.isDate {
                    exceptionDays.insert(exception.local.day)
                } else {
                    exceptionInstants.insert(exception.instant)
                }
            }
        }
        self.exceptionInstants = exceptionInstants
        self.exceptionDays = exceptionDays

        recurrenceID = try event.property("RECURRENCE-ID").map { (property) throws(ICalendarError) in
            try moment(property, property.value[...], zone: eventZone)
        }
    }

    var isRecurring: Bool { !rules.isEmpty || !recurrenceDates.isEmpty }

    /// How an error about the whole event names it.
    var name: String { uid.isEmpty ? "the VEVENT" : "VEVENT \(quoted(uid))" }

    /// One occurrence before overrides: where it starts and ends, and the
    /// wall-clock day it starts on, which DATE exceptions and DATE
    /// RECURRENCE-IDs match.
    struct Instance {
        var start: Int
        var end: Int
        var day: Int
    }

    /// The recurrence set (RFC 5545 §3.8.5): DTSTART, the RRULE occurrences
    /// and the RDATEs, less the EXDATEs, that may overlap [from, to), sorted
    /// by start, one per start.
    func instances(from: Int, to: Int, budget: inout ExpansionBudget) throws(ICalendarError) -> [Instance] {
        var instances: [Instance] = []
        try forEachInstance(from: from, to: to, budget: &budget) { instances.append($0) }
        var seen: Set<Int> = []
        return instances.filter { seen.insert($0.start).inserted }.sorted { $0.start < $1.start }
    }

    /// The same recurrence set handed over as it is expanded, with nothing
    /// kept: DTSTART, then each rule's starts in order, then the RDATEs. An
    /// instance that two of them give comes twice.
    func forEachInstance(
        from: Int, to: Int, budget: inout ExpansionBudget, _ body: (Instance) -> Void
    ) throws(ICalendarError) {
        let hasExceptions = !exceptionInstants.isEmpty || !exceptionDays.isEmpty
        func give(_ instance: Instance) {
            // Checked first: hashing every instance of a dense rule costs more than expanding it.
            guard
                !hasExceptions
                    || (!exceptionInstants.contains(instance.start) && !exceptionDays.contains(instance.day))
            else { return }
            body(instance)
        }
        try budget.spend(1 + recurrenceDates.count)
        let first = start.instant
        give(
            Instance(
                start: first, end: length.end(startingAt: start.local, instant: first, in: start.zone),
                day: start.local.day))
        for rule in rules {
            try rule.forEachStart(
                from: start.local, isDate: start.isDate, zone: start.zone, before: to,
                notBefore: from - length.upperBound, budget: &budget
            ) { local, instant in
                give(
                    Instance(
                        start: instant, end: length.end(startingAt: local, instant: instant, in: start.zone),
                        day: local.day))
            }
        }
        for (begin, end) in recurrenceDates {
            let startInstant = begin.instant
            let local = start.zone.local(for: startInstant)
            give(
                Instance(
                    start: startInstant, end: end ?? length.end(startingAt: begin.local, in: begin.zone),
                    day: begin.isDate ? begin.local.day : local.day))
        }
    }
}
