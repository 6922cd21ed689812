/// `unavailable:` rules of partners and rooms.
extension InstanceReader {
    func readAvailabilityRules(_ value: YAMLValue) -> [AvailabilityRule]? {
        value.list(readAvailabilityRule)
    }

    /// One of the format's eight shapes: `{date}`, `{from, to}`, `{weekday}`
    /// or `{period}`, each with or without `slots`.
    private func readAvailabilityRule(_ value: YAMLValue) -> AvailabilityRule? {
        guard let fields = value.fields(["date", "from", "to", "weekday", "period", "slots"]) else { return nil }
        let scopeFields = fields.names.filter { $0 != "slots" }
        let scope: AvailabilityRule.Scope?
        switch Set(scopeFields) {
        case ["date"]: scope = fields.required("date")?.date().map { .date($0) }
        case ["from", "to"]: scope = readSpan(fields).map { .span($0) }
        case ["weekday"]: scope = fields.required("weekday")?.weekday().map { .weekday($0) }
        case ["period"]:
            if let period = fields.required("period"), let name = period.reference() {
                references.use(name, as: [.period], at: period.mention)
                scope = .period(name)
            } else {
                scope = nil
            }
        default:
            value.error(
                "invalid rule {\(fields.names.joined(separator: ", "))}: expected {date}, {from, to}, {weekday}"
                    + " or {period}, each optionally with slots")
            return nil
        }
        let slots = fields["slots"].flatMap { readReferences($0, to: .slot, nonEmpty: true) }
        guard let scope else { return nil }
        return AvailabilityRule(scope: scope, slots: slots)
    }
}
