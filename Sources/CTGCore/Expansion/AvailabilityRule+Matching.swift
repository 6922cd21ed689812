extension AvailabilityRule {
    /// Whether this rule removes slot `slotID` of `date`. `periods` resolves
    /// `{period: name}` rules; an unknown name matches nothing (the loader
    /// rejects unknown names before this is ever asked).
    package func removes(date: LocalDate, slotID: String, periods: [String: [DateSpan]]) -> Bool {
        if let slots, !slots.contains(slotID) { return false }
        switch scope {
        case .date(let day): return day == date
        case .span(let span): return span.contains(date)
        case .weekday(let weekday): return date.weekday == weekday
        case .period(let name): return periods[name]?.contains { $0.contains(date) } ?? false
        }
    }
}

extension Instance {
    /// Periods by name, for rule matching.
    var periodsByName: [String: [DateSpan]] {
        Dictionary(periods.map { ($0.id, $0.spans) }, uniquingKeysWith: { first, _ in first })
    }

    /// Dates on which nothing is scheduled: holidays (`fr`) and closures.
    package func closedDates() -> [LocalDate: String] {
        var closed: [LocalDate: String] = [:]
        if calendar.holidays == .fr {
            for year in horizon.from.year...max(horizon.from.year, horizon.to.year) {
                for holiday in FrenchHolidays.holidays(in: year) where horizon.contains(holiday.date) {
                    closed[holiday.date] = holiday.name
                }
            }
        }
        let periods = periodsByName
        for closure in calendar.closures {
            for span in periods[closure] ?? [] {
                var date = max(span.from, horizon.from)
                while date <= min(span.to, horizon.to) {
                    if closed[date] == nil { closed[date] = closure }
                    date = date.adding(days: 1)
                }
            }
        }
        return closed
    }
}
