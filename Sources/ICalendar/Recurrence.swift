/// An RRULE value (RFC 5545 §3.3.10).
///
/// Evaluated: FREQ DAILY, WEEKLY, MONTHLY, YEARLY; INTERVAL, COUNT, UNTIL
/// (DATE or DATE-TIME); BYMONTH, BYMONTHDAY (negative too), BYYEARDAY, BYDAY
/// (with ordinals for MONTHLY and YEARLY), BYHOUR, BYMINUTE, BYSECOND,
/// BYSETPOS and WKST. The sub-daily frequencies and BYWEEKNO are refused
/// with an error rather than expanded wrongly.
struct RecurrenceRule: Sendable {
    enum Frequency: String, Sendable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
        case yearly = "YEARLY"
    }

    /// A BYDAY entry: `ordinal` 0 means every such weekday of the period.
    struct WeekdayRule: Hashable, Sendable {
        var ordinal: Int
        var weekday: CivilWeekday
    }

    var frequency: Frequency
    var interval = 1
    var count: Int?
    var until: DateTimeValue?
    var byMonth: [Int] = []
    var byMonthDay: [Int] = []
    var byYearDay: [Int] = []
    var byDay: [WeekdayRule] = []
    var byHour: [Int] = []
    var byMinute: [Int] = []
    var bySecond: [Int] = []
    var bySetPosition: [Int] = []
    var weekStart = CivilWeekday.monday

    /// Reads the value of an RRULE property; errors carry its line.
    init(_ property: Property) throws(ICalendarError) {
        do {
            try self.init(parsing: property.value)
        } catch {
            throw ICalendarError(at: property.origin, "RRULE \(quoted(property.value)): \(error.message)")
        }
    }

    struct SyntaxError: Error {
        var message: String
    }

    init(parsing text: String) throws(SyntaxError) {
        var parts: [String: String] = [:]
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw SyntaxError(message: "\(quoted(part)) is not NAME=VALUE") }
            parts[pair[0].trimmingCharacters(in: .whitespaces).uppercased()] = String(pair[1])
        }
        guard let freq = parts["FREQ"] else { throw SyntaxError(message: "no FREQ") }
        guard let frequency = Frequency(rawValue: freq.uppercased()) else {
            throw SyntaxError(message: "FREQ=\(quoted(freq)) is not supported")
        }
        self.frequency = frequency
        if parts["BYWEEKNO"] != nil { throw SyntaxError(message: "BYWEEKNO is not supported") }

        func integers(_ name: String, in range: ClosedRange<Int>, nonZero: Bool = false) throws(SyntaxError) -> [Int] {
            guard let list = parts[name] else { return [] }
            var values: [Int] = []
            for item in list.split(separator: ",") {
                guard let value = Int(item.trimmingCharacters(in: .whitespaces)), range.contains(abs(value)),
                    value >= 0 || nonZero, !(nonZero && value == 0)
                else { throw SyntaxError(message: "\(name) value \(quoted(item)) is out of range") }
                values.append(value)
            }
            // Duplicates change nothing but the work per period.
            return Array(Set(values)).sorted()
        }

        if let text = parts["INTERVAL"] {
            // The upper bound keeps period arithmetic far from overflow.
            guard let value = Int(text), (1...10_000).contains(value) else {
                throw SyntaxError(message: "INTERVAL=\(quoted(text)) is not in 1…10000")
            }
            interval = value
        }
        if let text = parts["COUNT"] {
            guard let value = Int(text), value >= 1 else {
                throw SyntaxError(message: "COUNT=\(quoted(text)) is not ≥ 1")
            }
            count = value
        }
        if let text = parts["UNTIL"] {
            guard let value = DateTimeValue(text) else {
                throw SyntaxError(message: "UNTIL=\(quoted(text)) is not a date")
            }
            until = value
        }
        // RFC 5545 §3.3.10: they MUST NOT occur in the same rule, and which one wins is anyone's guess.
        if count != nil && until != nil { throw SyntaxError(message: "COUNT and UNTIL must not be given together") }
        if let text = parts["WKST"] {
            guard let value = CivilWeekday(code: text) else {
                throw SyntaxError(message: "WKST=\(quoted(text)) is not a weekday")
            }
            weekStart = value
        }
        byMonth = try integers("BYMONTH", in: 1...12)
        byMonthDay = try integers("BYMONTHDAY", in: 1...31, nonZero: true)
        byYearDay = try integers("BYYEARDAY", in: 1...366, nonZero: true)
        bySetPosition = try integers("BYSETPOS", in: 1...366, nonZero: true)
        byHour = try integers("BYHOUR", in: 0...23)
        byMinute = try integers("BYMINUTE", in: 0...59)
        bySecond = try integers("BYSECOND", in: 0...60).map { min($0, 59) }
        for item in parts["BYDAY"]?.split(separator: ",") ?? [] {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard text.count >= 2, let weekday = CivilWeekday(code: text.suffix(2)) else {
                throw SyntaxError(message: "BYDAY value \(quoted(item)) is not a weekday")
            }
            let prefix = text.dropLast(2)
            var ordinal = 0
            if !prefix.isEmpty {
                guard let value = Int(prefix.hasPrefix("+") ? prefix.dropFirst() : prefix), value != 0,
                    (1...53).contains(abs(value))
                else { throw SyntaxError(message: "BYDAY value \(quoted(item)) has a bad ordinal") }
                ordinal = value
            }
            let entry = WeekdayRule(ordinal: ordinal, weekday: weekday)
            if !byDay.contains(entry) { byDay.append(entry) }
        }
    }
}
