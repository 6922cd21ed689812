import Foundation

/// A VCALENDAR to publish: the planning library fills it, ``serialized()`` writes it.
public struct CalendarDocument: Sendable, Hashable {
    /// PRODID, e.g. `-//CTG//ctg-planner 1.0//FR`.
    public var productID: String
    /// METHOD: PUBLISH for a subscribed feed, REQUEST or CANCEL for invitations (RFC 5546).
    public var method: String?
    /// Written both as RFC 7986 NAME and as X-WR-CALNAME, which Google and Apple read.
    public var name: String?
    /// Written as X-WR-TIMEZONE (a display hint) and, with each event's own
    /// zone, as a VTIMEZONE generated for the span of the events.
    public var timeZone: TimeZone?
    public var events: [Event]

    public init(
        productID: String, method: String? = nil, name: String? = nil, timeZone: TimeZone? = nil,
        events: [Event] = []
    ) {
        self.productID = productID
        self.method = method
        self.name = name
        self.timeZone = timeZone
        self.events = events
    }

    /// The VCALENDAR tree: calendar properties, then one VTIMEZONE per zone
    /// the events refer to (sorted by TZID), then the events in the order given.
    public var component: Component {
        var properties = [
            Property(name: "VERSION", value: "2.0"),
            Property.text("PRODID", productID),
            Property(name: "CALSCALE", value: "GREGORIAN"),
        ]
        if let method { properties.append(Property(name: "METHOD", value: ContentLine.sanitizedName(method))) }
        if let name {
            properties.append(.text("NAME", name))
            properties.append(.text("X-WR-CALNAME", name))
        }
        if let timeZone { properties.append(.text("X-WR-TIMEZONE", timeZone.identifier)) }

        var zones: [String: TimeZone] = [:]
        for event in events where event.referencesTimeZone {
            zones[event.timeZone.identifier] = event.timeZone
        }
        if let timeZone, !Event.isUTC(timeZone) { zones[timeZone.identifier] = timeZone }

        var components: [Component] = []
        if let first = events.map(\.start).min() {
            let last = events.flatMap { [$0.start, $0.end] }.max() ?? first
            let span = DateInterval(start: first, end: last)
            components = zones.keys.sorted().map { Component.timeZone(zones[$0]!, covering: span) }
        }
        components += events.map(\.component)
        return Component(name: "VCALENDAR", properties: properties, components: components)
    }

    /// The calendar as RFC 5545 text: CRLF line ends, lines folded at 75
    /// octets, nothing that depends on the clock or the machine's zone.
    public func serialized() -> String {
        component.serialized()
    }
}
