import Foundation

/// The STATUS of a VEVENT (RFC 5545 §3.8.1.11).
public enum EventStatus: String, Sendable, Hashable {
    case tentative = "TENTATIVE"
    case confirmed = "CONFIRMED"
    case cancelled = "CANCELLED"
}

/// A display reminder (a VALARM with `ACTION:DISPLAY`) some minutes before the start.
public struct Alarm: Sendable, Hashable {
    /// Negative values remind after the start.
    public var minutesBefore: Int
    /// The text shown; the event's summary when nil, since DISPLAY requires one.
    public var description: String?

    public init(minutesBefore: Int, description: String? = nil) {
        self.minutesBefore = minutesBefore
        self.description = description
    }
}

/// A single event to publish, as the planning library describes it.
public struct Event: Sendable, Hashable {
    public var uid: String
    /// DTSTAMP, written in UTC. The caller supplies it so that output is reproducible.
    public var timestamp: Date
    public var start: Date
    public var end: Date
    /// The zone DTSTART and DTEND are written in, as local times with TZID.
    public var timeZone: TimeZone
    public var summary: String
    public var description: String?
    public var location: String?
    public var url: String?
    public var categories: [String]
    public var organizer: Person?
    public var attendees: [Attendee]
    public var status: EventStatus?
    /// SEQUENCE: raise it each time a published event changes, so clients replace their copy.
    public var sequence: Int
    public var alarm: Alarm?

    public init(
        uid: String, timestamp: Date, start: Date, end: Date, timeZone: TimeZone, summary: String,
        description: String? = nil, location: String? = nil, url: String? = nil, categories: [String] = [],
        organizer: Person? = nil, attendees: [Attendee] = [], status: EventStatus? = nil, sequence: Int = 0,
        alarm: Alarm? = nil
    ) {
        self.uid = uid
        self.timestamp = timestamp
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.categories = categories
        self.organizer = organizer
        self.attendees = attendees
        self.status = status
        self.sequence = sequence
        self.alarm = alarm
    }

    /// The VEVENT, properties in a fixed order.
    public var component: Component {
        var properties = [
            Property.text("UID", uid),
            Property(name: "DTSTAMP", value: Self.utcValue(timestamp)),
            Self.dateTime("DTSTART", start, in: timeZone),
            Self.dateTime("DTEND", end, in: timeZone),
            Property.text("SUMMARY", summary),
        ]
        if let description { properties.append(.text("DESCRIPTION", description)) }
        if let location { properties.append(.text("LOCATION", location)) }
        if let url { properties.append(Property(name: "URL", value: url)) }
        if !categories.isEmpty {
            properties.append(
                Property(name: "CATEGORIES", value: categories.map(TextEscaping.escape).joined(separator: ",")))
        }
        if let organizer { properties.append(organizer.property("ORGANIZER")) }
        properties += attendees.map(\.property)
        if let status { properties.append(Property(name: "STATUS", value: status.rawValue)) }
        properties.append(Property(name: "SEQUENCE", value: String(sequence)))

        var component = Component(name: "VEVENT", properties: properties)
        if let alarm {
            let minutes = alarm.minutesBefore
            component.components.append(
                Component(
                    name: "VALARM",
                    properties: [
                        Property(name: "ACTION", value: "DISPLAY"),
                        Property(name: "TRIGGER", value: (minutes > 0 ? "-" : "") + "PT\(abs(minutes))M"),
                        .text("DESCRIPTION", alarm.description ?? summary),
                    ]))
        }
        return component
    }

    /// Whether DTSTART or DTEND refers to `timeZone` by TZID, so the calendar needs its VTIMEZONE.
    var referencesTimeZone: Bool {
        [start, end].contains { Self.dateTime("DTSTART", $0, in: timeZone).parameter("TZID") != nil }
    }

    /// Local time with TZID, except in two cases where UTC keeps the instant
    /// and a TZID could not: a UTC zone, and a wall time that occurs twice
    /// (the repeated hour when clocks go back), which readers take as the first.
    static func dateTime(_ name: String, _ date: Date, in zone: TimeZone) -> Property {
        let instant = date.epochSeconds
        let local = LocalDateTime(instant: instant, offset: zone.secondsFromGMT(for: date))
        guard !isUTC(zone), Zone.system(zone).instant(for: local) == instant else {
            return Property(name: name, value: utcValue(date))
        }
        return Property(
            name: name, parameters: [("TZID", [zone.identifier])], value: DateTimeValue.format(local, isUTC: false))
    }

    static func utcValue(_ date: Date) -> String {
        DateTimeValue.format(LocalDateTime(instant: date.epochSeconds, offset: 0), isUTC: true)
    }

    static func isUTC(_ zone: TimeZone) -> Bool {
        ["GMT", "UTC", "UCT", "Universal", "Zulu", "Etc/GMT", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"]
            .contains(zone.identifier)
    }
}
