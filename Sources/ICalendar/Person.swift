/// Someone an event names: the organiser or an attendee, known by email.
public struct Person: Sendable, Hashable {
    public var email: String
    /// Written as the `CN` parameter.
    public var name: String?

    public init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }

    /// ORGANIZER or ATTENDEE: `NAME;CN=…;extra:mailto:email`.
    func property(_ name: String, extraParameters: [Property.Parameter] = []) -> Property {
        let address = email.trimmingCharacters(in: .whitespaces)
        let uri = address.lowercased().hasPrefix("mailto:") ? address : "mailto:" + address
        let common: [Property.Parameter] = self.name.map { [("CN", [$0])] } ?? []
        return Property(name: name, parameters: common + extraParameters, value: uri)
    }
}

/// An invited participant (RFC 5545 §3.8.4.1).
public struct Attendee: Sendable, Hashable {
    /// The `ROLE` parameter (RFC 5545 §3.2.16).
    public enum Role: String, Sendable, Hashable {
        case chair = "CHAIR"
        case requiredParticipant = "REQ-PARTICIPANT"
        case optionalParticipant = "OPT-PARTICIPANT"
        case nonParticipant = "NON-PARTICIPANT"
    }

    public var person: Person
    public var role: Role
    /// The `PARTSTAT` parameter: NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE…
    public var participation: String
    /// Whether a reply is expected (`RSVP=TRUE`).
    public var rsvp: Bool

    public init(person: Person, role: Role, participation: String = "NEEDS-ACTION", rsvp: Bool = true) {
        self.person = person
        self.role = role
        self.participation = participation
        self.rsvp = rsvp
    }

    var property: Property {
        person.property(
            "ATTENDEE",
            extraParameters: [
                ("ROLE", [role.rawValue]), ("PARTSTAT", [participation.uppercased()]),
                ("RSVP", [rsvp ? "TRUE" : "FALSE"]),
            ])
    }
}
