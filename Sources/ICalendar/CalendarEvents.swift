/// The VEVENTs of one VCALENDAR (or one bare VEVENT) read into records:
/// the recurring or single events, and the overrides (`RECURRENCE-ID`) by
/// the instance they stand for.
struct CalendarEvents {
    var masters: [EventRecord] = []
    /// The override of highest SEQUENCE for each (UID, instant).
    var overrides: [Key: EventRecord] = [:]
    private var overrideIDsByUID: [String: [Moment]] = [:]

    struct Key: Hashable {
        var uid: String
        var instant: Int
    }

    /// Nil for a component that holds no events (a VTIMEZONE at top level).
    init?(_ component: Component, floating: Zone) throws(ICalendarError) {
        let events: [Component]
        var resolver: ZoneResolver
        switch component.name.uppercased() {
        case "VCALENDAR":
            events = component.components(named: "VEVENT")
            resolver = ZoneResolver(calendar: component)
        case "VEVENT":
            events = [component]
            resolver = ZoneResolver(calendar: nil)
        default:
            return nil
        }
        for event in events {
            let record = try EventRecord(event, resolver: &resolver, floating: floating)
            guard let recurrenceID = record.recurrenceID else {
                masters.append(record)
                continue
            }
            let key = Key(uid: record.uid, instant: recurrenceID.instant)
            if let existing = overrides[key], existing.sequence > record.sequence { continue }
            overrides[key] = record
        }
        for record in overrides.values {
            overrideIDsByUID[record.uid, default: []].append(record.recurrenceID!)
        }
    }

    /// The instances of `master` that an override replaces, or removes when cancelled.
    func replacements(of master: EventRecord) -> Replacements {
        var replaced = Replacements()
        for recurrenceID in overrideIDsByUID[master.uid] ?? [] {
            // A DATE RECURRENCE-ID of a timed event names the day of the instance.
            if recurrenceID.isDate && !master.start.isDate {
                replaced.days.insert(recurrenceID.local.day)
            } else {
                replaced.instants.insert(recurrenceID.instant)
            }
        }
        return replaced
    }

    /// Looked up once per instance, so sets rather than the overrides' list.
    struct Replacements {
        var instants: Set<Int> = []
        var days: Set<Int> = []

        func contains(_ instance: EventRecord.Instance) -> Bool {
            !(instants.isEmpty && days.isEmpty) && (instants.contains(instance.start) || days.contains(instance.day))
        }
    }
}
