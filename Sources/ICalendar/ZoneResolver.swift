import Foundation

/// Finds the zone a `TZID` parameter names, in the order that keeps the
/// author's meaning: a VTIMEZONE of the same calendar first (RFC 5545
/// §3.2.19), then an IANA name, then an Outlook/Windows zone name.
struct ZoneResolver {
    private let definitions: [String: Component]
    private var resolved: [String: Zone] = [:]

    /// - Parameter calendar: the VCALENDAR whose VTIMEZONEs may be referred to.
    init(calendar: Component?) {
        var definitions: [String: Component] = [:]
        for component in calendar?.components(named: "VTIMEZONE") ?? [] {
            guard let tzid = component.property("TZID")?.textValue, definitions[tzid] == nil else { continue }
            definitions[tzid] = component
        }
        self.definitions = definitions
    }

    /// The zone for a TZID, reading its VTIMEZONE once.
    mutating func zone(named tzid: String, origin: ContentLineLocation?) throws(ICalendarError) -> Zone {
        if let zone = resolved[tzid] { return zone }
        let zone: Zone
        if let definition = definitions[tzid] {
            zone = .defined(try TimeZoneDefinition(definition))
        } else if let system = Self.systemZone(named: tzid) {
            zone = .system(system)
        } else {
            throw ICalendarError(
                at: origin, "unknown time zone \(quoted(tzid)): no VTIMEZONE, IANA or Windows zone has that name")
        }
        resolved[tzid] = zone
        return zone
    }

    /// An IANA zone, also found inside a prefixed TZID such as Lightning's old
    /// `/mozilla.org/20070129_1/Europe/Paris`, or a Windows zone name.
    static func systemZone(named tzid: String) -> TimeZone? {
        var components = tzid.split(separator: "/")
        while !components.isEmpty {
            if let zone = TimeZone(identifier: components.joined(separator: "/")) { return zone }
            components.removeFirst()
        }
        return WindowsZones.ianaIdentifier(for: tzid.trimmingCharacters(in: .whitespaces)).flatMap(
            TimeZone.init(identifier:))
    }
}
