import Foundation
import ICalendar
import Testing

@Suite("TEXT escaping, parameter quoting and injection")
struct EscapingTests {
    @Test("TEXT escapes backslash, semicolon, comma and line breaks")
    func escapesText() {
        #expect(TextEscaping.escape("a,b;c\\d\ne") == #"a\,b\;c\\d\ne"#)
        #expect(TextEscaping.escape("one\r\ntwo\rthree\u{0}") == #"one\ntwo\nthree"#)
        #expect(TextEscaping.unescape(#"a\,b\;c\\d\ne\Nf\:g"#) == "a,b;c\\d\ne\nf\\:g")
    }

    @Test(
        "Escaping round-trips through serialising and parsing",
        arguments: [
            "Plain", "Virgule, point-virgule; deux-points: fin", #"C:\Users\élus\séance"#, "Ligne 1\nLigne 2\n",
            "\\n is not a newline", "Tab\tinside", "Trailing backslash \\", "",
        ])
    func roundTrips(text: String) throws {
        let calendar = Component(name: "VCALENDAR", properties: [.text("DESCRIPTION", text)])
        let read = try ICalendarParser.parse(calendar.serialized(), file: "escape.ics")
        #expect(read.first?.property("DESCRIPTION")?.textValue == text)
    }

    @Test("CATEGORIES keep commas inside a category apart from the list separators")
    func splitsLists() {
        #expect(TextEscaping.splitList(#"Conseil\, bureau,Commission;\;x"#) == ["Conseil, bureau", "Commission;;x"])
    }

    @Test("Parameter values with : ; , are quoted and a DQUOTE becomes an apostrophe")
    func quotesParameters() throws {
        let property = Property(
            name: "ORGANIZER", parameters: [("CN", [#"Dupont, Jean: "Le Chef"; DG"#]), ("ROLE", ["CHAIR"])],
            value: "mailto:jean@example.org")
        let text = Component(name: "VCALENDAR", properties: [property]).serialized()
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(#"ORGANIZER;CN="Dupont, Jean: 'Le Chef'; DG";ROLE=CHAIR:mailto:jean@example.org"#))
        let read = try #require(try ICalendarParser.parse(text, file: "quote.ics").first?.property("ORGANIZER"))
        #expect(read.parameter("cn") == "Dupont, Jean: 'Le Chef'; DG")
        #expect(read.value == "mailto:jean@example.org")
    }

    @Test("Quoted parameter values and value lists are read")
    func readsQuotedParameters() throws {
        let text = Support.calendar(
            #"ATTENDEE;CN="Doe; John";MEMBER="mailto:a@x.org","mailto:b@x.org";role=req-participant:mailto:j@x.org"#)
        let property = try #require(try ICalendarParser.parse(text, file: "q.ics").first?.property("attendee"))
        #expect(property.parameter("CN") == "Doe; John")
        #expect(property.parameters.first { $0.name == "MEMBER" }?.values == ["mailto:a@x.org", "mailto:b@x.org"])
        #expect(property.parameter("ROLE") == "req-participant")
        #expect(property.value == "mailto:j@x.org")
    }

    @Test("A summary or any field holding CR/LF and BEGIN:VEVENT cannot inject a property or a component")
    func resistsInjection() throws {
        let payload = "Réunion\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\nDTSTART:20220101T000000Z\r\nX-EVIL:1"
        let event = Event(
            uid: "good", timestamp: Support.instant("2022-01-01T00:00:00Z"),
            start: Support.instant("2022-10-27T07:30:00Z"), end: Support.instant("2022-10-27T08:30:00Z"),
            timeZone: Support.paris, summary: payload, description: payload, location: payload, url: payload,
            categories: [payload], organizer: Person(email: "a@b.org\r\nX-EVIL:1", name: payload),
            attendees: [Attendee(person: Person(email: "c@d.org", name: payload), role: .requiredParticipant)],
            alarm: Alarm(minutesBefore: 10, description: payload))
        let document = CalendarDocument(productID: payload, name: payload, events: [event])
        let calendars = try ICalendarParser.parse(document.serialized(), file: "inject.ics")
        let calendar = try #require(calendars.first)
        #expect(calendars.count == 1)
        let events = calendar.components(named: "VEVENT")
        #expect(events.count == 1)
        let read = try #require(events.first)
        #expect(read.property("UID")?.textValue == "good")
        #expect(read.properties(named: "UID").count == 1)
        #expect(read.properties(named: "DTSTART").count == 1)
        #expect(calendar.properties.allSatisfy { $0.name != "X-EVIL" })
        #expect(read.properties.allSatisfy { $0.name != "X-EVIL" })
        #expect(read.property("SUMMARY")?.textValue == payload.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(read.property("ORGANIZER")?.parameter("CN")?.contains("\n") == false)
    }

    @Test("Names built in code keep only name characters")
    func sanitisesNames() {
        let component = Component(name: "VEVENT\r\nBEGIN:X", properties: [Property(name: "X-A:B\nC", value: "v")])
        #expect(component.serialized() == "BEGIN:VEVENTBEGINX\r\nX-ABC:v\r\nEND:VEVENTBEGINX\r\n")
    }
}
