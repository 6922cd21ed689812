import Foundation
import ICalendar
import Testing

@Suite("Writer output")
struct GoldenFileTests {
    /// Fixed inputs only: the output must not depend on the clock or the machine's zone.
    static var document: CalendarDocument {
        let stamp = Support.instant("2024-05-01T08:00:00Z")
        let mayor = Person(email: "maire@mairie-exemple.fr", name: "Mme la Maire, Côte-d'Or")
        return CalendarDocument(
            productID: "-//CTG//ctg-planner 1.0//FR", method: "PUBLISH", name: "Séances du conseil",
            timeZone: Support.paris,
            events: [
                Event(
                    uid: "seance-2024-06-10@ctg.example", timestamp: stamp, start: Support.date(2024, 6, 10, 18, 30),
                    end: Support.date(2024, 6, 10, 21), timeZone: Support.paris,
                    summary: "Conseil municipal; séance publique",
                    description: "Ordre du jour :\n1. Budget, vote\n2. Questions diverses des élus de la Côte-d'Or 🏛️",
                    location: "Salle du conseil, Hôtel de ville", url: "https://ctg.example/seances/2024-06-10",
                    categories: ["Conseil", "Séance, publique"], organizer: mayor,
                    attendees: [
                        Attendee(
                            person: Person(email: "elu1@example.fr", name: "Jean Dupont"), role: .requiredParticipant),
                        Attendee(
                            person: Person(email: "elu2@example.fr"), role: .optionalParticipant,
                            participation: "ACCEPTED", rsvp: false),
                    ],
                    status: .confirmed, sequence: 2, alarm: Alarm(minutesBefore: 30)),
                Event(
                    uid: "commission-2024-11-04@ctg.example", timestamp: stamp,
                    start: Support.date(2024, 11, 4, 9, 30), end: Support.date(2024, 11, 4, 11),
                    timeZone: Support.paris, summary: "Commission des finances", status: .tentative),
            ])
    }

    @Test("A small calendar serialises byte for byte as the committed fixture")
    func matchesGoldenFile() throws {
        let expected = try Data(contentsOf: Support.fixtureURL("golden.ics"))
        let actual = Data(Self.document.serialized().utf8)
        // Compared as bytes (String equality would accept another Unicode normalisation);
        // on failure the text is shown rather than the bytes.
        let identical = actual == expected
        #expect(identical, "serialised text:\n\(Self.document.serialized())")
    }

    @Test("Serialising twice gives the same bytes")
    func deterministic() {
        #expect(Self.document.serialized() == Self.document.serialized())
    }

    @Test("The reader gets back what the writer wrote")
    func readsBack() throws {
        let document = Self.document
        let calendars = try ICalendarParser.parse(document.serialized(), file: "golden.ics")
        let calendar = try #require(calendars.first)
        #expect(calendar.property("PRODID")?.textValue == document.productID)
        #expect(calendar.property("X-WR-CALNAME")?.textValue == "Séances du conseil")
        #expect(calendar.property("NAME")?.textValue == "Séances du conseil")
        #expect(calendar.property("X-WR-TIMEZONE")?.value == "Europe/Paris")
        #expect(calendar.components(named: "VTIMEZONE").count == 1)

        let events = calendar.components(named: "VEVENT")
        #expect(events.count == 2)
        let first = try #require(events.first)
        let source = document.events[0]
        #expect(first.property("SUMMARY")?.textValue == source.summary)
        #expect(first.property("DESCRIPTION")?.textValue == source.description)
        #expect(first.property("LOCATION")?.textValue == source.location)
        #expect(first.property("URL")?.value == source.url)
        #expect(first.property("CATEGORIES").map { TextEscaping.splitList($0.value) } == source.categories)
        #expect(first.property("ORGANIZER")?.parameter("CN") == "Mme la Maire, Côte-d'Or")
        #expect(first.property("ORGANIZER")?.value == "mailto:maire@mairie-exemple.fr")
        #expect(
            first.properties(named: "ATTENDEE").map { $0.parameter("ROLE") } == ["REQ-PARTICIPANT", "OPT-PARTICIPANT"])
        #expect(first.properties(named: "ATTENDEE").map { $0.parameter("RSVP") } == ["TRUE", "FALSE"])
        #expect(first.property("DTSTAMP")?.value == "20240501T080000Z")
        #expect(first.components(named: "VALARM").first?.property("TRIGGER")?.value == "-PT30M")

        let occurrences = try EventExpansion.occurrences(
            in: calendars, from: .distantPast, to: .distantFuture, floatingTimeZone: Support.utc)
        #expect(
            occurrences.map {
                [$0.uid, "\($0.start)", "\($0.end)", $0.summary ?? "", "\($0.status!)", "\($0.sequence)"]
            }
                == document.events.map {
                    [$0.uid, "\($0.start)", "\($0.end)", $0.summary, "\($0.status!)", "\($0.sequence)"]
                })
    }

    @Test("A calendar without events has no VTIMEZONE; UTC events need none")
    func zonesOnlyWhenNeeded() {
        #expect(!CalendarDocument(productID: "p", timeZone: Support.paris).serialized().contains("VTIMEZONE"))
        let event = Event(
            uid: "u", timestamp: Support.instant("2024-01-01T00:00:00Z"),
            start: Support.instant("2024-01-02T10:00:00Z"),
            end: Support.instant("2024-01-02T11:00:00Z"), timeZone: Support.utc, summary: "UTC")
        let text = CalendarDocument(productID: "p", events: [event]).serialized()
        #expect(!text.contains("VTIMEZONE"))
        #expect(text.contains("DTSTART:20240102T100000Z\r\n"))
    }
}
