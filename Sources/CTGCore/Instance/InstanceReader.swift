import Foundation

/// Reads a composed YAML document into the instance types, applying the
/// format's defaults, and records every name it defines or uses for the
/// checks that need the whole file.
///
/// The parts are kept even when another part is wrong, so that the checks
/// after reading still see them and one run reports every problem.
final class InstanceReader {
    package let log: DiagnosticLog
    let references = CrossReferences()
    /// Read first: windows and periods are checked against it.
    private(set) var horizon: DateSpan?
    /// Read before meetings: durations are checked against them.
    package var slots: [SlotDefinition] = []
    /// Kept for the checks after reading, which need them even when the instance cannot be built.
    private(set) var meetings: [MeetingSpec] = []

    static let fieldNames = [
        "version", "name", "timezone", "horizon", "calendar", "periods", "phases", "groups", "partners", "rooms",
        "meetings", "weights",
        // Extensions of format version 1, all optional: see `readOrganizer` and `Instance.reminderMinutes`.
        "organizer", "reminder_minutes",
    ]

    init(log: DiagnosticLog) {
        self.log = log
    }

    /// The instance, or nil when a required part is missing or wrong (the log says why).
    func read(_ root: YAMLValue) -> Instance? {
        guard case .mapping = root.node else {
            root.expected("a mapping of instance fields (version, name, horizon, calendar…)")
            return nil
        }
        guard let top = root.fields(Self.fieldNames) else { return nil }
        let version = top.required("version")?.version(supported: 1)
        let name = top.required("name")?.nonEmptyText()
        let timeZone = readTimeZone(top["timezone"], in: root)
        horizon = top.required("horizon").flatMap(readHorizon)
        let calendar = top.required("calendar").flatMap(readCalendar)
        let periods = top["periods"].flatMap(readPeriods)
        let phases = top["phases"].flatMap(readPhases)
        let groups = top["groups"].flatMap(readGroups)
        let partners = top["partners"].flatMap(readPartners)
        let rooms = top["rooms"].flatMap(readRooms)
        meetings = top["meetings"].flatMap(readMeetings) ?? []
        let weights = top["weights"].flatMap(readWeights)
        let organizer = top["organizer"].flatMap(readOrganizer)
        let reminderMinutes = top["reminder_minutes"]?.int(in: 0...InputLimits.reminderMinutes)

        guard version != nil, let name, let timeZone, let horizon, let calendar else { return nil }
        var instance = Instance(name: name, timeZone: timeZone, horizon: horizon, calendar: calendar)
        instance.periods = periods ?? []
        instance.phases = phases ?? []
        instance.groups = groups ?? []
        instance.partners = partners ?? []
        instance.rooms = rooms ?? []
        instance.meetings = meetings
        instance.weights = weights ?? Weights()
        instance.organizer = organizer
        instance.reminderMinutes = reminderMinutes
        return instance
    }

    private func readTimeZone(_ value: YAMLValue?, in root: YAMLValue) -> TimeZone? {
        guard let value else {
            guard let paris = TimeZone(identifier: "Europe/Paris") else {
                root.error("the default time zone Europe/Paris is not known on this system: give timezone")
                return nil
            }
            return paris
        }
        guard let identifier = value.text() else { return nil }
        guard let zone = TimeZone(identifier: identifier) else {
            let hint = Suggestions.hint(for: identifier, among: TimeZone.knownTimeZoneIdentifiers)
            value.error("unknown time zone \(quoted(identifier))\(hint)")
            return nil
        }
        return zone
    }

    private func readHorizon(_ value: YAMLValue) -> DateSpan? {
        guard let fields = value.fields(["from", "to"]) else { return nil }
        guard let span = readSpan(fields) else { return nil }
        guard span.dayCount <= InputLimits.horizonDays else {
            value.error(
                "\(span) is \(span.dayCount) days long, more than the limit of \(InputLimits.horizonDays) (3 years)")
            return nil
        }
        return span
    }

    /// `{from, to}` with `from` ≤ `to`, from fields already read.
    func readSpan(_ fields: YAMLFields) -> DateSpan? {
        let from = fields.required("from")?.date()
        let to = fields.required("to")?.date()
        guard let from, let to else { return nil }
        let span = DateSpan(from: from, to: to)
        guard !span.isEmpty else {
            fields.owner.error("empty span: from \(from) is after to \(to)")
            return nil
        }
        return span
    }

    /// A phase's or a meeting's `window`: a `{from, to}` inside the horizon.
    func readWindow(_ value: YAMLValue, of owner: String) -> DateSpan? {
        guard let fields = value.fields(["from", "to"]), let span = readSpan(fields) else { return nil }
        if let horizon, span.from < horizon.from || horizon.to < span.to {
            value.error("\(owner) window \(span) is outside the horizon \(horizon)")
        }
        return span
    }

    /// The id of a definition and where it stands.
    func readID(_ fields: YAMLFields, defining kind: CrossReferences.Kind) -> String? {
        guard let value = fields.required("id"), let id = value.identifier() else { return nil }
        references.define(id, kind, at: value.mention)
        return id
    }

    /// The id of a definition written as a mapping key (`periods`, `groups`).
    func readKey(_ key: String, at keyValue: YAMLValue, path: String, defining kind: CrossReferences.Kind) -> String? {
        let mention = Mention(location: keyValue.location, path: path)
        if let problem = YAMLValue.identifierProblem(key) {
            log.error(problem, at: mention)
            return nil
        }
        references.define(key, kind, at: mention)
        return key
    }

    /// A list of names of `kind`, each recorded as a use.
    func readReferences(_ value: YAMLValue, to kinds: CrossReferences.Kind..., nonEmpty: Bool = false) -> [String]? {
        guard let items = value.list() else { return nil }
        if nonEmpty && items.isEmpty {
            value.error("must not be empty")
        }
        return items.compactMap { item in
            guard let name = item.reference() else { return nil }
            references.use(name, as: kinds, at: item.mention)
            return name
        }
    }

    func readWeekdays(_ value: YAMLValue, nonEmpty: Bool) -> [Weekday]? {
        guard let items = value.list() else { return nil }
        if nonEmpty && items.isEmpty {
            value.error("must list at least one weekday")
        }
        return items.compactMap { $0.weekday() }
    }

    private func readWeights(_ value: YAMLValue) -> Weights? {
        guard let fields = value.fields(Weights.names) else { return nil }
        var weights = Weights()
        for name in Weights.names {
            weights[name] = fields[name]?.int(in: 0...InputLimits.weight)
        }
        return weights
    }

    /// Extension: `organizer: {name, email}`, the coordinator who sends the
    /// invitations (ICS `ORGANIZER`); `name` is optional.
    private func readOrganizer(_ value: YAMLValue) -> Organizer? {
        guard let fields = value.fields(["name", "email"]) else { return nil }
        let name = fields["name"]?.nonEmptyText()
        guard let email = fields.required("email")?.email() else { return nil }
        return Organizer(name: name, email: email)
    }
}
