extension RecurrenceRule {
    /// Bounds that keep a hostile or mistaken rule from running away: no
    /// more occurrences than this from DTSTART on (the general expansion
    /// stops there; a VTIMEZONE observance and busy time refuse the rule)…
    static let maximumOccurrences = 100_000
    /// …and no more periods (days, weeks, months or years) examined, which
    /// stops a rule that never matches (`BYMONTH=2;BYMONTHDAY=30`).
    static let maximumPeriods = 200_000

    /// The wall-clock starts the rule gives, DTSTART first, until `end`: the
    /// onsets of a VTIMEZONE observance, which must stay under
    /// ``maximumOccurrences``.
    func localStarts(
        from start: LocalDateTime, zone: Zone, before end: Int, origin: ContentLineLocation?
    ) throws(ICalendarError) -> [LocalDateTime] {
        var budget = ExpansionBudget(
            ExpansionLimits(candidatesPerEvent: Self.maximumOccurrences, candidatesPerCalendar: Self.maximumOccurrences)
        )
        budget.begin("this VTIMEZONE observance", at: origin)
        var starts = [start]
        try forEachStart(from: start, isDate: false, zone: zone, before: end, budget: &budget) { local, _ in
            starts.append(local)
        }
        return starts
    }

    /// Calls `body` with each wall-clock start the rule gives after DTSTART,
    /// and its instant, in order, until UNTIL, COUNT, an instant at or after
    /// `end`. DTSTART itself is the caller's: RFC 5545 counts it as the first
    /// occurrence even when the rule would not produce it.
    ///
    /// Each period's candidates are charged to `budget` before any is looked
    /// at, so a period holding every second of a year is refused at once,
    /// without being listed.
    ///
    /// - Parameters:
    ///   - zone: turns wall times into instants, for `end` and a UTC `UNTIL`.
    ///   - notBefore: an instant before which occurrences are not wanted.
    ///     Without COUNT, expansion then starts near it instead of at DTSTART;
    ///     with COUNT it must walk from DTSTART to count.
    /// - Complexity: proportional to the candidates charged, and at most
    ///   ``maximumPeriods`` periods.
    func forEachStart(
        from start: LocalDateTime, isDate: Bool, zone: Zone, before end: Int, notBefore: Int? = nil,
        budget: inout ExpansionBudget, _ body: (LocalDateTime, Int) -> Void
    ) throws(ICalendarError) {
        if count == 1 { return }
        var given = 1
        let calendar = PeriodCalendar(rule: self, start: start, isDate: isDate)
        var index = 0
        if count == nil, let notBefore {
            // Two days of slack covers any UTC offset.
            let day = LocalDateTime(instant: notBefore, offset: 0).day - 2
            index = max(0, calendar.periodIndex(containing: day) - 1)
        }
        var clock = WallClock(zone)
        var periods = 0
        while periods < Self.maximumPeriods {
            periods += 1
            guard zone.instant(for: LocalDateTime(day: calendar.firstDay(ofPeriod: index))) < end + 86_400 else {
                return
            }
            let candidates = calendar.candidates(inPeriod: index)
            try budget.spend(max(1, candidates.count))
            for candidate in candidates where candidate > start {
                let instant = clock.instant(for: candidate)
                if isPastUntil(candidate, instant: instant, isDate: isDate) || instant >= end { return }
                body(candidate, instant)
                given += 1
                if given == count || (budget.cutsQuietly && given >= Self.maximumOccurrences) { return }
            }
            index += 1
        }
        try budget.ranOutOfPeriods()
    }

    /// UNTIL is inclusive. A UTC UNTIL is compared as an instant; a DATE or
    /// floating one as wall time, which is what its author could see.
    private func isPastUntil(_ candidate: LocalDateTime, instant: Int, isDate: Bool) -> Bool {
        switch until {
        case nil: false
        case .date(let day)?: candidate.day > day
        case .dateTime(let time, isUTC: true)?:
            isDate ? candidate.day > time.day : instant > time.secondsAsUTC
        case .dateTime(let time, isUTC: false)?: isDate ? candidate.day > time.day : candidate > time
        }
    }
}

/// The periods a rule steps through (RFC 5545 §3.3.10's "frequency" sets)
/// and the candidates each one holds after the BYxxx parts and BYSETPOS.
private struct PeriodCalendar {
    let rule: RecurrenceRule
    let start: LocalDateTime
    let startDate: (year: Int, month: Int, day: Int)
    let times: [Int]
    let firstWeekStart: Int

    init(rule: RecurrenceRule, start: LocalDateTime, isDate: Bool) {
        self.rule = rule
        self.start = start
        startDate = CivilCalendar.date(fromDayNumber: start.day)
        if isDate {
            times = [0]
        } else {
            let hours = rule.byHour.isEmpty ? [start.hour] : rule.byHour
            let minutes = rule.byMinute.isEmpty ? [start.minute] : rule.byMinute
            let seconds = rule.bySecond.isEmpty ? [start.second] : rule.bySecond
            times = Array(Set(hours.flatMap { h in minutes.flatMap { m in seconds.map { h * 3600 + m * 60 + $0 } } }))
                .sorted()
        }
        firstWeekStart = Self.weekStart(of: start.day, weekStart: rule.weekStart)
    }

    static func weekStart(of day: Int, weekStart: CivilWeekday) -> Int {
        day - (CivilCalendar.weekday(ofDay: day).rawValue - weekStart.rawValue).floorModulo(7)
    }

    var monthIndexOfStart: Int { startDate.year * 12 + startDate.month - 1 }

    func firstDay(ofPeriod index: Int) -> Int {
        switch rule.frequency {
        case .daily: return start.day + index * rule.interval
        case .weekly: return firstWeekStart + index * 7 * rule.interval
        case .monthly:
            let month = monthIndexOfStart + index * rule.interval
            return CivilCalendar.dayNumber(year: month.floorDivided(by: 12), month: month.floorModulo(12) + 1, day: 1)
        case .yearly:
            return CivilCalendar.dayNumber(year: startDate.year + index * rule.interval, month: 1, day: 1)
        }
    }

    /// The index of the period holding `day`, rounded down.
    func periodIndex(containing day: Int) -> Int {
        let date = CivilCalendar.date(fromDayNumber: day)
        switch rule.frequency {
        case .daily: return (day - start.day).floorDivided(by: rule.interval)
        case .weekly:
            return (Self.weekStart(of: day, weekStart: rule.weekStart) - firstWeekStart).floorDivided(
                by: 7 * rule.interval)
        case .monthly: return (date.year * 12 + date.month - 1 - monthIndexOfStart).floorDivided(by: rule.interval)
        case .yearly: return (date.year - startDate.year).floorDivided(by: rule.interval)
        }
    }

    func candidates(inPeriod index: Int) -> PeriodCandidates {
        let days = Array(Set(candidateDays(inPeriod: index))).sorted()
        guard !rule.bySetPosition.isEmpty else { return PeriodCandidates(days: days, times: times, positions: nil) }
        let count = days.count * times.count
        let positions = Set(
            rule.bySetPosition.compactMap { position -> Int? in
                let index = position > 0 ? position - 1 : count + position
                return (0..<count).contains(index) ? index : nil
            }
        ).sorted()
        return PeriodCandidates(days: days, times: times, positions: positions)
    }

    private func candidateDays(inPeriod index: Int) -> [Int] {
        let first = firstDay(ofPeriod: index)
        let (year, month, _) = CivilCalendar.date(fromDayNumber: first)
        switch rule.frequency {
        case .daily:
            return [first].filter {
                matchesMonth($0) && matchesMonthDay($0) && matchesYearDay($0) && matchesWeekday($0)
            }
        case .weekly:
            let weekdays = rule.byDay.isEmpty ? [CivilCalendar.weekday(ofDay: start.day)] : rule.byDay.map(\.weekday)
            return (first..<first + 7).filter {
                weekdays.contains(CivilCalendar.weekday(ofDay: $0)) && matchesMonth($0)
            }
        case .monthly:
            guard rule.byMonth.isEmpty || rule.byMonth.contains(month) else { return [] }
            return daysOfMonth(year: year, month: month)
        case .yearly:
            return daysOfYear(year)
        }
    }

    private func daysOfMonth(year: Int, month: Int) -> [Int] {
        let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
        let range = first..<first + CivilCalendar.daysIn(month: month, year: year)
        if !rule.byMonthDay.isEmpty {
            let days = monthDays(year: year, month: month)
            return rule.byDay.isEmpty ? days : days.filter(Set(weekdayDays(in: range)).contains)
        }
        if !rule.byDay.isEmpty { return weekdayDays(in: range) }
        return startDate.day <= range.count ? [first + startDate.day - 1] : []
    }

    private func daysOfYear(_ year: Int) -> [Int] {
        let first = CivilCalendar.dayNumber(year: year, month: 1, day: 1)
        let yearRange = first..<CivilCalendar.dayNumber(year: year + 1, month: 1, day: 1)
        let months = rule.byMonth.isEmpty ? nil : rule.byMonth
        if !rule.byYearDay.isEmpty {
            let days = rule.byYearDay.compactMap { n -> Int? in
                let day = n > 0 ? first + n - 1 : yearRange.upperBound + n
                return yearRange.contains(day) ? day : nil
            }
            return days.filter { matchesMonth($0) && matchesMonthDay($0) && matchesWeekday($0) }
        }
        if !rule.byMonthDay.isEmpty {
            let days = (months ?? Array(1...12)).flatMap { monthDays(year: year, month: $0) }
            guard !rule.byDay.isEmpty else { return days }
            let allowed = Set(
                months.map { $0.flatMap { weekdayDays(in: monthRange(year: year, month: $0)) } }
                    ?? weekdayDays(in: yearRange))
            return days.filter(allowed.contains)
        }
        if !rule.byDay.isEmpty {
            // Ordinals count within each month when BYMONTH is given, else within the year.
            guard let months else { return weekdayDays(in: yearRange) }
            return months.flatMap { weekdayDays(in: monthRange(year: year, month: $0)) }
        }
        return (months ?? [startDate.month]).compactMap { month in
            startDate.day <= CivilCalendar.daysIn(month: month, year: year)
                ? CivilCalendar.dayNumber(year: year, month: month, day: startDate.day) : nil
        }
    }

    private func monthRange(year: Int, month: Int) -> Range<Int> {
        let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
        return first..<first + CivilCalendar.daysIn(month: month, year: year)
    }

    /// BYMONTHDAY resolved in one month; `-1` is its last day, and days the month lacks are skipped.
    private func monthDays(year: Int, month: Int) -> [Int] {
        let range = monthRange(year: year, month: month)
        return rule.byMonthDay.compactMap { n in
            let day = n > 0 ? range.lowerBound + n - 1 : range.upperBound + n
            return range.contains(day) ? day : nil
        }
    }

    /// BYDAY expanded in a month or a year: `2TU` the second Tuesday, `-1FR` the last Friday, `MO` every Monday.
    private func weekdayDays(in range: Range<Int>) -> [Int] {
        rule.byDay.flatMap { entry -> [Int] in
            let offset = (entry.weekday.rawValue - CivilCalendar.weekday(ofDay: range.lowerBound).rawValue)
                .floorModulo(7)
            let days = Array(stride(from: range.lowerBound + offset, to: range.upperBound, by: 7))
            switch entry.ordinal {
            case 0: return days
            case let n where n > 0: return n <= days.count ? [days[n - 1]] : []
            case let n: return -n <= days.count ? [days[days.count + n]] : []
            }
        }
    }

    private func matchesMonth(_ day: Int) -> Bool {
        rule.byMonth.isEmpty || rule.byMonth.contains(CivilCalendar.date(fromDayNumber: day).month)
    }

    private func matchesMonthDay(_ day: Int) -> Bool {
        guard !rule.byMonthDay.isEmpty else { return true }
        let date = CivilCalendar.date(fromDayNumber: day)
        return monthDays(year: date.year, month: date.month).contains(day)
    }

    private func matchesYearDay(_ day: Int) -> Bool {
        guard !rule.byYearDay.isEmpty else { return true }
        let year = CivilCalendar.date(fromDayNumber: day).year
        let first = CivilCalendar.dayNumber(year: year, month: 1, day: 1)
        let length = CivilCalendar.isLeapYear(year) ? 366 : 365
        return rule.byYearDay.contains { $0 > 0 ? first + $0 - 1 == day : first + length + $0 == day }
    }

    /// BYDAY as a filter, ordinals ignored, where RFC 5545 makes it limit rather than expand.
    private func matchesWeekday(_ day: Int) -> Bool {
        rule.byDay.isEmpty || rule.byDay.contains { $0.weekday == CivilCalendar.weekday(ofDay: day) }
    }
}

/// The candidates of one period in time order, computed as they are read:
/// every time of every day (days and times sorted, so row order is time
/// order), or only the BYSETPOS positions among them.
struct PeriodCandidates: RandomAccessCollection {
    let days: [Int]
    let times: [Int]
    /// Indices into the days × times rows, sorted; nil for all of them.
    let positions: [Int]?

    var startIndex: Int { 0 }
    var endIndex: Int { positions?.count ?? days.count * times.count }

    subscript(index: Int) -> LocalDateTime {
        let row = positions?[index] ?? index
        return LocalDateTime(day: days[row / times.count], secondOfDay: times[row % times.count])
    }
}
