/// A DURATION value (RFC 5545 §3.3.6): `P1D`, `PT1H30M`, `-PT15M`, `P2W`.
///
/// Days and weeks are nominal and hours, minutes and seconds exact, as the
/// RFC asks: `P1D` from 09:00 on the day before a DST change ends at 09:00,
/// `PT24H` an hour earlier or later. So the two parts are kept apart.
struct DurationValue: Hashable, Sendable {
    var days: Int
    var seconds: Int

    /// Accepts weeks combined with other units, which RFC 2445 producers write.
    init?(_ text: some StringProtocol) {
        var scalars = Substring(text).unicodeScalars[...]
        var sign = 1
        if let first = scalars.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            scalars = scalars.dropFirst()
        }
        guard scalars.popFirst().map({ $0 == "P" || $0 == "p" }) == true, !scalars.isEmpty else { return nil }
        var days = 0
        var seconds = 0
        var inTime = false
        var number: Int?
        // Each unit at most once, so a hostile value cannot add up past overflow.
        var units: Set<String> = []
        for scalar in scalars {
            if let digit = Int(String(scalar)), scalar.isASCII {
                let (product, overflow) = (number ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow, product < 1_000_000_000 else { return nil }
                number = product + digit
                continue
            }
            let upper = Character(scalar).uppercased()
            if upper == "T" {
                guard !inTime, number == nil else { return nil }
                inTime = true
                continue
            }
            guard let value = number, units.insert(upper + (inTime ? "T" : "")).inserted else { return nil }
            switch (upper, inTime) {
            case ("W", false): days += value * 7
            case ("D", false): days += value
            case ("H", true): seconds += value * 3600
            case ("M", true): seconds += value * 60
            case ("S", true): seconds += value
            default: return nil
            }
            number = nil
        }
        guard !units.isEmpty, number == nil else { return nil }
        self.days = sign * days
        self.seconds = sign * seconds
    }
}
