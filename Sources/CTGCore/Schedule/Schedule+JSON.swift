extension Schedule {
    /// `schedule.json` as the format lays it out, fields in the spec's order.
    package func jsonText() -> String { jsonValue.serialized() }

    var jsonValue: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("version", .int(version)),
            ("instance", .string(instance)),
            ("status", .string(status.rawValue)),
            ("objective", .int(objective)),
        ]
        if let bound { fields.append(("bound", .int(bound))) }
        fields.append(("assignments", .array(assignments.map(\.jsonValue))))
        fields.append(("cancelled", .array(cancelled.map(\.jsonValue))))
        if !changes.isEmpty {
            fields.append(
                (
                    "changes",
                    .array(
                        changes.map {
                            .object([("kind", .string($0.kind)), ("value", .string($0.value)), ("at", .string($0.at))])
                        })
                ))
        }
        return .object(fields)
    }
}

extension Assignment {
    var jsonValue: JSONValue {
        .object([
            ("meeting", .string(meeting)), ("title", .string(title)), ("date", .string(date.description)),
            ("slot", .string(slot)), ("slots", .array(slots.map { .string($0) })),
            ("start", .string(start)), ("end", .string(end)),
            ("room", .optional(room)), ("site", .optional(site)),
            ("required", .array(required.map { .string($0) })), ("optional", .array(optional.map { .string($0) })),
            ("uid", .string(uid)), ("sequence", .int(sequence)),
        ])
    }
}

extension Cancellation {
    var jsonValue: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("meeting", .string(meeting)), ("uid", .string(uid)), ("sequence", .int(sequence)),
        ]
        if let title { fields.append(("title", .string(title))) }
        if let start { fields.append(("start", .string(start))) }
        if let end { fields.append(("end", .string(end))) }
        if let attendees { fields.append(("attendees", .array(attendees.map { .string($0) }))) }
        if let room { fields.append(("room", .string(room))) }
        return .object(fields)
    }
}
