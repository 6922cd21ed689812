import Testing

/// Every kind of problem the loader and the calendar expansion report, each
/// with the corpus file of `instances/invalid/` that shows it: the field the
/// diagnostic names and a part of its message that only this kind has.
///
/// Not here, because a corpus file read as text cannot show them: the file
/// checks of `InstanceLoader.load` (missing, a directory, unreadable, larger
/// than 16 MiB, not UTF-8; see `LoaderRobustnessTests`), a system without the
/// Europe/Paris zone, and the 5000 partners, rooms or groups limits.
struct InputErrorKind: Sendable, CustomTestStringConvertible {
    var kind: String
    var file: String
    var path: String
    var message: String

    var testDescription: String { kind }

    init(_ kind: String, _ file: String, _ path: String, _ message: String) {
        self.kind = kind
        self.file = file
        self.path = path
        self.message = message
    }

    static let all: [InputErrorKind] = [
        // The document.
        InputErrorKind("invalid YAML", "syntax.yaml", "", "invalid YAML: did not find expected"),
        InputErrorKind("empty file", "empty.yaml", "", "the file is empty"),
        InputErrorKind("top level not a mapping", "top-level-list.yaml", "", "expected a mapping of instance fields"),
        InputErrorKind("duplicate key", "duplicate-key.yaml", "", "key \"title\" appears more than once"),
        InputErrorKind("key not a field name", "non-scalar-key.yaml", "", "expected a field name"),
        InputErrorKind(
            "merge of a scalar", "bad-merge.yaml", "partners[0].<<", "a mapping or a list of mappings to merge"),
        InputErrorKind("merge of a list of scalars", "bad-merge.yaml", "partners[1].<<", "expected a mapping to merge"),
        InputErrorKind("merges too deep", "merge-depth.yaml", "partners[0].<<", "merge keys nested more than 16 deep"),
        InputErrorKind(
            "aliases expand too far", "alias-expansion.yaml", "partners[0].unavailable[996].slots",
            "expands to more than 1000000 values"),
        InputErrorKind("JSON input", "json-input.json", "meetings[0].online", "expected true or false, got \"true\""),
        InputErrorKind(
            "several problems at once", "multiple-problems.yaml", "meetings[1]", "missing required field \"title\""),
        // Fields and scalars.
        InputErrorKind("unknown field", "unknown-key.yaml", "meetings[0].colour", "unknown field \"colour\""),
        InputErrorKind("unknown field, close to one", "unknown-key.yaml", "weight", "(did you mean \"weights\"?)"),
        InputErrorKind("missing field", "missing-field.yaml", "rooms[0]", "missing required field \"capacity\""),
        InputErrorKind("not text", "wrong-type.yaml", "name", "expected text, got a list"),
        InputErrorKind("empty text", "bad-scalars.yaml", "name", "must not be empty"),
        InputErrorKind("not an integer", "wrong-type.yaml", "rooms[0].capacity", "expected an integer, got \"large\""),
        InputErrorKind("quoted integer", "wrong-type.yaml", "rooms[1].capacity", "(write it without quotes)"),
        InputErrorKind("integer too small", "absurd-sizes.yaml", "rooms[1].capacity", "must be at least 1, got -5"),
        InputErrorKind("integer too large", "absurd-sizes.yaml", "meetings[0].sessions", "must be at most 100"),
        InputErrorKind("not a boolean", "wrong-type.yaml", "meetings[0].online", "expected true or false"),
        InputErrorKind("not a date", "bad-date.yaml", "horizon.to", "expected a date YYYY-MM-DD"),
        InputErrorKind("not a time", "bad-time.yaml", "calendar.slots[0].start", "expected a time HH:MM"),
        InputErrorKind("not a weekday", "bad-weekday.yaml", "calendar.days[0]", "expected a weekday (mon tue"),
        InputErrorKind(
            "not one of the choices", "bad-version-timezone.yaml", "calendar.holidays", "expected one of fr, none"),
        InputErrorKind("not a list", "wrong-type.yaml", "calendar.days", "expected a list"),
        InputErrorKind("not a mapping", "wrong-type.yaml", "meetings[0].attendees", "expected a mapping, got a list"),
        InputErrorKind("not an email address", "bad-scalars.yaml", "partners[0].email", "expected an email address"),
        // Ids.
        InputErrorKind("invalid id", "bad-id.yaml", "partners[0].id", "only letters, digits"),
        InputErrorKind("invalid id as a key", "bad-id.yaml", "groups.copil/ctg", "invalid id \"copil/ctg\""),
        InputErrorKind("empty id", "bad-id.yaml", "partners[1].id", "an id must not be empty"),
        InputErrorKind("id with #", "bad-id.yaml", "meetings[0].id", "\"#\" is reserved for series sessions"),
        InputErrorKind("id too long", "long-id.yaml", "partners[0].id", "is longer than 200 characters"),
        InputErrorKind("duplicate id", "duplicate-id.yaml", "partners[2].id", "duplicate partner id \"caf\""),
        InputErrorKind("group id of a partner", "group-partner-clash.yaml", "groups.caf", "is also a partner id"),
        // The instance's parts.
        InputErrorKind("unsupported version", "bad-version-timezone.yaml", "version", "unsupported version 2"),
        InputErrorKind("unknown time zone", "bad-version-timezone.yaml", "timezone", "unknown time zone"),
        InputErrorKind("horizon too long", "absurd-sizes.yaml", "horizon", "more than the limit of 1096"),
        InputErrorKind("empty span", "empty-window.yaml", "phases[0].window", "empty span: from"),
        InputErrorKind(
            "window outside the horizon", "window-outside-horizon.yaml", "meetings[0].window", "is outside the horizon"),
        InputErrorKind(
            "period outside the horizon", "window-outside-horizon.yaml", "periods.old-summer[0]",
            "lies wholly outside the horizon"),
        InputErrorKind(
            "period entry shape", "period-shape.yaml", "periods.winter-break[0]",
            "expected {from, to} or {date}, got {date, from}"),
        InputErrorKind("no slot", "empty-slot-list.yaml", "calendar.slots", "must list at least one slot"),
        InputErrorKind(
            "too many slots", "too-many-slots.yaml", "calendar.slots", "25 slots a day, more than the limit of 24"),
        InputErrorKind("no weekday", "empty-day-list.yaml", "calendar.days", "must list at least one weekday"),
        InputErrorKind("slot ending at its start", "slot-overlap.yaml", "calendar.slots[3].end", "not after its start"),
        InputErrorKind("overlapping slots", "slot-overlap.yaml", "calendar.slots[2].start", "before the previous slot"),
        InputErrorKind(
            "availability rule shape", "availability-rule-shape.yaml", "partners[0].unavailable[0]",
            "invalid rule {weekday, from, to}"),
        InputErrorKind(
            "empty list of names", "availability-rule-shape.yaml", "partners[0].unavailable[4].slots",
            "must not be empty"),
        InputErrorKind("too many meetings", "too-many-meetings.yaml", "meetings", "more than the limit of 5000"),
        InputErrorKind(
            "duration beyond a day", "duration-too-long.yaml", "meetings[0].duration",
            "longer than the 3 slots of a day"),
        InputErrorKind(
            "duration beyond the allowed slots", "duration-too-long.yaml", "meetings[1].duration",
            "longest run of consecutive allowed slots"),
        InputErrorKind(
            "override slots shorter than the duration", "duration-too-long.yaml", "meetings[2].overrides.copil#2.slots",
            "fewer than its duration"),
        InputErrorKind(
            "field of a series only", "series-only-fields.yaml", "meetings[0].spacing",
            "only a series (sessions: 2 or more)"),
        InputErrorKind("fixed series", "fixed-on-series.yaml", "meetings[0].fixed", "a series cannot be fixed"),
        InputErrorKind(
            "spacing bounds", "spacing-bounds.yaml", "meetings[0].spacing.max_days", "is less than min_days"),
        InputErrorKind(
            "spacing target", "spacing-bounds.yaml", "meetings[1].spacing.target_days", "is outside min_days..max_days"),
        InputErrorKind("order bounds", "spacing-bounds.yaml", "meetings[3].after[0].max_days", "is less than min_days"),
        InputErrorKind(
            "pinned room, online", "online-with-room.yaml", "meetings[0].fixed.room", "not allowed on an online meeting"
        ),
        InputErrorKind(
            "preferred rooms, online", "online-with-room.yaml", "meetings[0].prefer.rooms",
            "not allowed on an online meeting"),
        InputErrorKind(
            "override of no session", "bad-override.yaml", "meetings[0].overrides.copil#5",
            "is not a session of \"copil\""),
        // References.
        InputErrorKind(
            "unknown name", "unknown-partner.yaml", "meetings[0].attendees.optional[0]", "unknown partner \"zzz\""),
        InputErrorKind(
            "unknown name, close to one", "unknown-references.yaml", "meetings[1].rooms[0]",
            "(did you mean \"salle-conseil\"?)"),
        InputErrorKind(
            "unknown feature", "unknown-feature-site.yaml", "meetings[0].needs[1]", "no room has the feature"),
        InputErrorKind("unknown site", "unknown-feature-site.yaml", "meetings[0].sites[2]", "no room is at the site"),
        InputErrorKind(
            "no such session", "bad-session-reference.yaml", "meetings[2].after[0].meeting", "no session \"copil#7\""),
        InputErrorKind(
            "session of a single meeting", "bad-session-reference.yaml", "meetings[2].after[1].meeting",
            "is a single meeting, not a series"),
        // Orders.
        InputErrorKind("group cycle", "group-cycle.yaml", "groups.self[0]", "group cycle: self -> self"),
        InputErrorKind(
            "meeting order cycle", "meeting-after-cycle.yaml", "meetings[3].after[0].meeting",
            "after cycle: alone -> alone"),
        InputErrorKind("phase order cycle", "phase-after-cycle.yaml", "phases[0].after[0]", "phase cycle:"),
        InputErrorKind(
            "cycle through a phase", "phase-meeting-cycle.yaml", "meetings[0].after[0].meeting",
            "-> (phase diagnostic) ->"),
        // The calendar expansion.
        InputErrorKind(
            "partner never available", "no-candidate-slot.yaml", "meetings[0]", "is unavailable at every allowed slot"),
        InputErrorKind("no allowed day", "no-candidate-slot.yaml", "meetings[1]", "falls on an allowed day"),
        InputErrorKind(
            "partners never together", "no-candidate-slot.yaml", "meetings[2]", "are never all available together"),
        InputErrorKind("every date avoided", "no-candidate-slot.yaml", "meetings[3]", "is in an avoided period"),
        InputErrorKind("pin not a candidate", "no-candidate-slot.yaml", "meetings[4]", "is not a candidate slot"),
        InputErrorKind("every date closed", "no-candidate-closure.yaml", "meetings[0]", "is a holiday or a closure"),
        InputErrorKind(
            "windows that miss", "no-candidate-closure.yaml", "meetings[1]", "(horizon ∩ meeting window ∩ phase window)"
        ),
        InputErrorKind("no room large enough", "no-room-fits.yaml", "meetings[0]", "the largest room holds 80"),
        InputErrorKind("no room with the features", "no-room-fits.yaml", "meetings[1]", "has all of visio"),
        InputErrorKind(
            "no allowed room with the features", "no-room-among-allowed.yaml", "meetings[0]",
            "is among the allowed rooms or sites"),
        InputErrorKind("every fitting room closed", "no-room-fits.yaml", "meetings[2]", "no room available"),
        InputErrorKind("pinned room unfit", "no-room-fits.yaml", "meetings[3]", "the pinned room petite does not fit"),
    ]
}
