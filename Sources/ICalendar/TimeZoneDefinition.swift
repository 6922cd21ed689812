import Foundation

/// A VTIMEZONE read from a file, evaluated on its own terms: the offsets
/// come from its STANDARD and DAYLIGHT observances (`DTSTART`, `RRULE`,
/// `RDATE`, `TZOFFSETFROM`, `TZOFFSETTO`), never from the tz database,
/// because the file's author decided what its local times mean.
///
/// Open-ended rules are evaluated up to the year 2200; after that the last
/// offset stays in force.
public struct TimeZoneDefinition: Sendable {
    /// The `TZID` that events refer to.
    public let identifier: String
    /// Each observance onset, sorted by instant, with the offset it starts.
    private let onsets: [(instant: Int, offset: Int)]
    /// The offset before the first onset: its `TZOFFSETFROM`.
    private let initialOffset: Int

    static let horizon = CivilCalendar.dayNumber(year: 2200, month: 1, day: 1) * 86_400

    /// Reads a VTIMEZONE component.
    public init(_ component: Component) throws(ICalendarError) {
        guard component.name.uppercased() == "VTIMEZONE" else {
            throw ICalendarError(at: component.origin, "expected a VTIMEZONE, found \(component.name)")
        }
        guard let tzid = component.property("TZID")?.textValue, !tzid.isEmpty else {
            throw ICalendarError(at: component.origin, "VTIMEZONE without TZID")
        }
        var onsets: [(instant: Int, offset: Int, from: Int)] = []
        for observance in component.components {
            let kind = observance.name.uppercased()
            guard kind == "STANDARD" || kind == "DAYLIGHT" else { continue }
            let from = try Self.offset("TZOFFSETFROM", of: observance, in: tzid)
            let to = try Self.offset("TZOFFSETTO", of: observance, in: tzid)
            guard let dtstart = observance.property("DTSTART") else {
                throw ICalendarError(at: observance.origin, "\(kind) of VTIMEZONE \(quoted(tzid)) has no DTSTART")
            }
            guard let start = DateTimeValue(dtstart.value) else {
                throw ICalendarError(at: dtstart.origin, "DTSTART \(quoted(dtstart.value)) is not a DATE-TIME")
            }
            let zone = Zone.fixed(offset: from)
            var instants = [zone.instant(for: start.local)]
            for property in observance.properties(named: "RRULE") {
                let rule = try RecurrenceRule(property)
                let starts = try rule.localStarts(
                    from: start.local, zone: zone, before: Self.horizon, origin: property.origin)
                instants += starts.dropFirst().map(zone.instant(for:))
            }
            for property in observance.properties(named: "RDATE") {
                for text in property.value.split(separator: ",") {
                    let first = text.split(separator: "/").first ?? text
                    switch DateTimeValue(first) {
                    case .dateTime(let time, isUTC: true): instants.append(time.secondsAsUTC)
                    case let value?: instants.append(zone.instant(for: value.local))
                    case nil: throw ICalendarError(at: property.origin, "RDATE \(quoted(text)) is not a date")
                    }
                }
            }
            onsets += instants.map { ($0, to, from) }
        }
        guard let first = onsets.min(by: { $0.instant < $1.instant }) else {
            throw ICalendarError(
                at: component.origin, "VTIMEZONE \(quoted(tzid)) has no STANDARD or DAYLIGHT component")
        }
        identifier = tzid
        initialOffset = first.from
        self.onsets = onsets.sorted { $0.instant < $1.instant }.map { ($0.instant, $0.offset) }
    }

    /// The offset from UTC in force at `date`, by this definition.
    public func secondsFromGMT(for date: Date) -> Int {
        offset(at: date.epochSeconds)
    }

    func offset(at instant: Int) -> Int {
        let count = onsetCount(atOrBefore: instant)
        return count == 0 ? initialOffset : onsets[count - 1].offset
    }

    /// Whether no onset falls in (from, to].
    func isConstant(from: Int, to: Int) -> Bool {
        onsetCount(atOrBefore: from) == onsetCount(atOrBefore: to)
    }

    /// The number of onsets at or before the instant, by bisection.
    private func onsetCount(atOrBefore instant: Int) -> Int {
        var low = 0
        var high = onsets.count
        while low < high {
            let middle = (low + high) / 2
            if onsets[middle].instant <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func offset(_ name: String, of observance: Component, in tzid: String) throws(ICalendarError)
        -> Int
    {
        guard let property = observance.property(name) else {
            throw ICalendarError(
                at: observance.origin, "\(observance.name) of VTIMEZONE \(quoted(tzid)) has no \(name)")
        }
        guard let offset = UTCOffset.parse(property.value.trimmingCharacters(in: .whitespaces)) else {
            throw ICalendarError(at: property.origin, "\(name) \(quoted(property.value)) is not a UTC offset")
        }
        return offset
    }
}
