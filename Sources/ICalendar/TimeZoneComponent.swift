import Foundation

extension Component {
    /// A VTIMEZONE for `zone` that gives the right offset at every instant
    /// of `interval` padded by a year each side, generated from the tz
    /// database through Foundation.
    ///
    /// Each offset change in that span becomes a STANDARD or DAYLIGHT
    /// observance whose DTSTART is the wall time just before the change
    /// (in TZOFFSETFROM, RFC 5545 §3.6.5). Changes that repeat yearly on the
    /// same kind of day ("last Sunday of March, 02:00") are merged into one
    /// observance with `RRULE:FREQ=YEARLY;BYMONTH=…;BYDAY=…;UNTIL=…`; the
    /// UNTIL keeps the rule from claiming anything past the span. A zone
    /// with no change in the span gets a single STANDARD observance.
    ///
    /// The result depends only on the arguments and the tz database.
    public static func timeZone(_ zone: TimeZone, covering interval: DateInterval) -> Component {
        let year: TimeInterval = 366 * 86_400
        let spanStart = interval.start.addingTimeInterval(-year)
        let spanEnd = interval.end.addingTimeInterval(year)
        let abbreviations = ZoneAbbreviations(identifier: zone.identifier)

        var changes: [ZoneChange] = []
        var cursor = spanStart
        while changes.count < 10_000, let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < spanEnd {
            cursor = next
            let instant = next.epochSeconds
            let from = zone.secondsFromGMT(for: Date(epochSeconds: instant - 1))
            let to = zone.secondsFromGMT(for: next)
            let isDaylightSaving = zone.isDaylightSavingTime(for: next)
            guard from != to else { continue }
            let name =
                abbreviations?.abbreviation(offset: to, isDaylightSaving: isDaylightSaving, at: instant)
                ?? zone.abbreviation(for: next) ?? UTCOffset.format(to)
            changes.append(
                ZoneChange(instant: instant, from: from, to: to, isDaylightSaving: isDaylightSaving, name: name))
        }

        var component = Component(name: "VTIMEZONE")
        component.properties = [
            Property(name: "TZID", value: TextEscaping.escape(zone.identifier)),
            Property(name: "X-LIC-LOCATION", value: TextEscaping.escape(zone.identifier)),
        ]
        if changes.isEmpty {
            let offset = zone.secondsFromGMT(for: spanStart)
            // 1970-01-01 is the customary start of a fixed offset; earlier only if the span is.
            let startYear = min(
                1970,
                CivilCalendar.date(fromDayNumber: LocalDateTime(instant: spanStart.epochSeconds, offset: offset).day)
                    .year)
            let name =
                abbreviations?.abbreviation(offset: offset, isDaylightSaving: false, at: spanStart.epochSeconds)
                ?? zone.abbreviation(for: spanStart) ?? UTCOffset.format(offset)
            component.components = [
                observance(
                    "STANDARD", from: offset, to: offset, name: name,
                    start: LocalDateTime(day: CivilCalendar.dayNumber(year: startYear, month: 1, day: 1)), rule: nil)
            ]
        } else {
            component.components = yearlyRuns(of: changes).map(observance(for:))
        }
        return component
    }

    /// Groups changes into runs that one yearly rule reproduces exactly:
    /// same kind, offsets, name, month, weekday, ordinal and wall time, in
    /// consecutive years. Runs are ordered by their first change.
    private static func yearlyRuns(of changes: [ZoneChange]) -> [[ZoneChange]] {
        var runs: [[ZoneChange]] = []
        var openRun: [ZoneChange.RuleKey: Int] = [:]
        for change in changes {
            let key = change.ruleKey
            if let index = openRun[key], let last = runs[index].last, last.year + 1 == change.year {
                runs[index].append(change)
            } else {
                openRun[key] = runs.count
                runs.append([change])
            }
        }
        return runs
    }

    private static func observance(for run: [ZoneChange]) -> Component {
        let first = run[0]
        var rule: String?
        if run.count > 1, let last = run.last {
            let key = first.ruleKey
            rule =
                "FREQ=YEARLY;BYMONTH=\(key.month);BYDAY=\(key.ordinal)\(key.weekday.code);UNTIL="
                + DateTimeValue.format(LocalDateTime(instant: last.instant, offset: 0), isUTC: true)
        }
        return observance(
            first.isDaylightSaving ? "DAYLIGHT" : "STANDARD", from: first.from, to: first.to, name: first.name,
            start: first.wallTimeBefore, rule: rule)
    }

    private static func observance(
        _ kind: String, from: Int, to: Int, name: String, start: LocalDateTime, rule: String?
    ) -> Component {
        var properties = [
            Property(name: "TZOFFSETFROM", value: UTCOffset.format(from)),
            Property(name: "TZOFFSETTO", value: UTCOffset.format(to)),
            Property(name: "TZNAME", value: TextEscaping.escape(name)),
            Property(name: "DTSTART", value: DateTimeValue.format(start, isUTC: false)),
        ]
        if let rule { properties.append(Property(name: "RRULE", value: rule)) }
        return Component(name: kind, properties: properties)
    }
}

/// One change of a zone's offset, as the tz database reports it.
private struct ZoneChange {
    var instant: Int
    var from: Int
    var to: Int
    var isDaylightSaving: Bool
    var name: String

    /// DTSTART of the observance: the wall time just before the change.
    var wallTimeBefore: LocalDateTime { LocalDateTime(instant: instant, offset: from) }

    var year: Int { CivilCalendar.date(fromDayNumber: wallTimeBefore.day).year }

    struct RuleKey: Hashable {
        var isDaylightSaving: Bool
        var from: Int
        var to: Int
        var name: String
        var month: Int
        var weekday: CivilWeekday
        /// `-1` for the last such weekday of the month, else 1…4.
        var ordinal: Int
        var secondOfDay: Int
    }

    var ruleKey: RuleKey {
        let local = wallTimeBefore
        let date = CivilCalendar.date(fromDayNumber: local.day)
        let isLast = date.day + 7 > CivilCalendar.daysIn(month: date.month, year: date.year)
        return RuleKey(
            isDaylightSaving: isDaylightSaving, from: from, to: to, name: name, month: date.month,
            weekday: CivilCalendar.weekday(ofDay: local.day), ordinal: isLast ? -1 : (date.day - 1) / 7 + 1,
            secondOfDay: local.secondOfDay)
    }
}
