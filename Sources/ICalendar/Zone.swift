import Foundation

/// A rule from wall time to instants: a fixed offset (UTC, or a VTIMEZONE
/// observance's `TZOFFSETFROM`), the tz database through Foundation, or a
/// VTIMEZONE read from the file. Instants are whole seconds since the epoch.
enum Zone: Sendable {
    case fixed(offset: Int)
    case system(TimeZone)
    case defined(TimeZoneDefinition)

    static let utc = Zone.fixed(offset: 0)

    func offset(at instant: Int) -> Int {
        switch self {
        case .fixed(let offset): offset
        case .system(let zone): zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        case .defined(let definition): definition.offset(at: instant)
        }
    }

    /// The instant a wall time names. RFC 5545 §3.3.5: a wall time that
    /// occurs twice (the hour repeated when clocks go back) means the first
    /// one; a wall time skipped when clocks go forward is read with the
    /// offset in force before the change (02:30 becomes 03:30).
    func instant(for local: LocalDateTime) -> Int {
        let wall = local.secondsAsUTC
        let before = offset(at: wall - 86_400)
        let after = offset(at: wall + 86_400)
        let valid = [before, after].map { wall - $0 }.filter { wall - offset(at: $0) == $0 }
        return valid.min() ?? wall - before
    }

    /// The offset in force over all of [from, to], or nil when it changes there.
    func constantOffset(from: Int, to: Int) -> Int? {
        let offset = offset(at: from)
        switch self {
        case .fixed: return offset
        case .system(let zone):
            let start = Date(timeIntervalSince1970: TimeInterval(from))
            if let next = zone.nextDaylightSavingTimeTransition(after: start), next.timeIntervalSince1970 <= Double(to)
            {
                return nil
            }
            return self.offset(at: to) == offset ? offset : nil
        case .defined(let definition): return definition.isConstant(from: from, to: to) ? offset : nil
        }
    }

    func local(for instant: Int) -> LocalDateTime {
        LocalDateTime(instant: instant, offset: offset(at: instant))
    }
}

extension Date {
    /// Whole seconds since the epoch, rounded down: iCalendar has no fractions of a second.
    var epochSeconds: Int { Int(timeIntervalSince1970.rounded(.down)) }

    init(epochSeconds: Int) {
        self.init(timeIntervalSince1970: TimeInterval(epochSeconds))
    }
}

/// Wall times to instants a day at a time, for expansions that convert
/// thousands of times a day: where the zone keeps one offset from two days
/// before a day to two days after it, ``Zone/instant(for:)`` gives every
/// wall time of that day that offset, so it is looked up once.
struct WallClock {
    let zone: Zone
    private var day = Int.min
    private var offset: Int?

    init(_ zone: Zone) {
        self.zone = zone
    }

    /// The same instant as `zone.instant(for: local)`.
    mutating func instant(for local: LocalDateTime) -> Int {
        if local.day != day {
            day = local.day
            offset = zone.constantOffset(from: (day - 2) * 86_400, to: (day + 3) * 86_400)
        }
        if let offset { return local.secondsAsUTC - offset }
        return zone.instant(for: local)
    }
}
