import Foundation
import ICalendar
import Testing

@testable import CTGCore
@testable import CTGOutput

/// What `solve` writes for calendar clients: the whole calendar, the feeds
/// and the invitations, read back through the project's RFC 5545 reader.
@Suite("Calendar export")
struct CalendarExportTests {
    /// Compares with a committed file byte for byte. `UPDATE_GOLDEN=1 swift test`
    /// rewrites the file after a deliberate change to the output.
    private func expectGolden(
        _ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = packageRoot.appendingPathComponent("Tests/PlanningTests/Fixtures/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        // Bytes, not strings: String equality would accept another Unicode normalisation.
        let identical = try Data(contentsOf: url) == Data(text.utf8)
        #expect(identical, "\(name) differs; the export is:\n\(text)", sourceLocation: sourceLocation)
    }

    @Test("The whole calendar matches the golden file byte for byte")
    func calendarGolden() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        try expectGolden(ExportFixture.export(instance).calendar(schedule).serialized(), "calendar-export.ics")
    }

    @Test("An invitation matches the golden file byte for byte")
    func invitationGolden() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let invitations = ExportFixture.export(instance).invitations(schedule, cancelled: schedule.cancelled)
        let visio = try #require(invitations.first { $0.fileName == "elue/visio.ics" })
        try expectGolden(visio.document.serialized(), "invitation-request.ics")
    }

    @Test("Calendar properties and every VEVENT property the issue lists")
    func calendarProperties() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let calendar = try readCalendar(ExportFixture.export(instance).calendar(schedule))
        #expect(calendar.property("VERSION")?.value == "2.0")
        #expect(calendar.text("PRODID") == CalendarExport.productID)
        #expect(calendar.property("CALSCALE")?.value == "GREGORIAN")
        #expect(calendar.property("METHOD")?.value == "PUBLISH")
        #expect(calendar.text("NAME") == "CTG golden")
        #expect(calendar.text("X-WR-CALNAME") == "CTG golden")
        #expect(calendar.text("X-WR-TIMEZONE") == "Europe/Paris")
        #expect(calendar.components(named: "VTIMEZONE").map { $0.text("TZID") } == ["Europe/Paris"])

        let events = calendar.components(named: "VEVENT")
        #expect(events.count == 4)
        let copil = try #require(events.first { $0.text("UID") == ExportFixture.uid("copil#1") })
        #expect(copil.property("DTSTAMP")?.value == "20231114T221320Z")
        #expect(copil.property("DTSTART")?.parameter("TZID") == "Europe/Paris")
        #expect(copil.property("DTSTART")?.value == "20221027T093000")
        #expect(copil.property("DTEND")?.value == "20221027T120000")
        #expect(copil.text("SUMMARY") == "Comité de pilotage; budget, priorités — séance 1")
        #expect(
            copil.text("DESCRIPTION") == """
                Valider les étapes de la démarche.
                Phase : Diagnostic partagé
                Type : comité
                Séance 1 sur 2
                Participants requis : CAF de la Côte-d'Or, Vice-présidente enfance, jeunesse
                Participants facultatifs : Cabinet-conseil
                Lieu : Salle du conseil, 2 rue de la Tille, 21120 Is-sur-Tille
                """)
        // The address already names the commune: the site is not repeated.
        #expect(copil.text("LOCATION") == "Salle du conseil, 2 rue de la Tille, 21120 Is-sur-Tille")
        #expect(copil.property("URL") == nil)
        #expect(
            copil.property("CATEGORIES").map { TextEscaping.splitList($0.value) } == ["Diagnostic partagé", "comité"])
        #expect(copil.property("ORGANIZER")?.value == "mailto:ctg@cc-exemple.fr")
        #expect(copil.property("ORGANIZER")?.parameter("CN") == "Coordination CTG")
        #expect(copil.property("STATUS")?.value == "CONFIRMED")
        #expect(copil.property("SEQUENCE")?.value == "0")
        let alarm = try #require(copil.components(named: "VALARM").first)
        #expect(alarm.property("ACTION")?.value == "DISPLAY")
        #expect(alarm.property("TRIGGER")?.value == "-PT30M")
        #expect(alarm.text("DESCRIPTION") == "Rappel : Comité de pilotage; budget, priorités — séance 1")

        let fetes = try #require(events.first { $0.text("UID") == ExportFixture.uid("copil#2") })
        #expect(fetes.text("LOCATION") == "Salle des fêtes, Selongey")
    }

    @Test("UIDs are stable per meeting id and instance")
    func stableUIDs() throws {
        let (first, _) = try ExportFixture.schedule()
        let (second, _) = try ExportFixture.schedule()
        #expect(first.assignments.map(\.uid) == second.assignments.map(\.uid))
        #expect(Set(first.assignments.map(\.uid)).count == first.assignments.count)
        #expect(Schedule.uid(meeting: "copil#1", instanceName: "Other") != ExportFixture.uid("copil#1"))
    }

    @Test("DTSTAMP comes from SOURCE_DATE_EPOCH when it is set")
    func sourceDateEpoch() {
        #expect(
            CalendarExport.defaultTimestamp(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == ExportFixture.timestamp
        )
        let now = Date()
        #expect(CalendarExport.defaultTimestamp(environment: [:]) >= now.addingTimeInterval(-1))
    }

    @Test("An online meeting has its link as LOCATION and URL, and says so in the description")
    func onlineMeeting() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let events = try readEvents(ExportFixture.export(instance).calendar(schedule))
        let visio = try #require(events.first { $0.text("UID") == ExportFixture.uid("visio") })
        #expect(visio.text("LOCATION") == "https://visio.cc-exemple.fr/ctg")
        #expect(visio.property("URL")?.value == "https://visio.cc-exemple.fr/ctg")
        #expect(visio.text("DESCRIPTION")?.hasSuffix("\nRéunion en ligne : https://visio.cc-exemple.fr/ctg") == true)
        #expect(visio.property("CATEGORIES")?.value == "groupe de travail")
    }

    @Test("A cancelled meeting stays in the calendar as STATUS:CANCELLED with its SEQUENCE")
    func cancelledMeeting() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let events = try readEvents(ExportFixture.export(instance).calendar(schedule))
        let atelier = try #require(events.first { $0.text("UID") == ExportFixture.cancellation.uid })
        #expect(atelier.property("STATUS")?.value == "CANCELLED")
        #expect(atelier.property("SEQUENCE")?.value == "2")
        #expect(atelier.text("SUMMARY") == "Annulé : Atelier parents")
        #expect(atelier.property("DTSTART")?.value == "20221102T140000")
        #expect(atelier.property("ORGANIZER") != nil)
    }

    @Test("Feeds hold exactly their partner's or room's meetings, and no ATTENDEE")
    func feeds() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let feeds = ExportFixture.export(instance).feeds(schedule)
        #expect(
            feeds.map(\.fileName) == [
                "partner-caf.ics", "partner-elue.ics", "partner-cabinet.ics", "room-conseil.ics", "room-fetes.ics",
            ])
        let expected: [String: Set<String>] = [
            "partner-caf.ics": ["copil#1", "copil#2", "visio"],
            "partner-elue.ics": ["copil#1", "copil#2", "visio", "atelier"],
            "partner-cabinet.ics": ["copil#1", "copil#2", "visio"],
            "room-conseil.ics": ["copil#1"],
            "room-fetes.ics": ["copil#2", "atelier"],
        ]
        for feed in feeds {
            let calendar = try readCalendar(feed.document)
            #expect(calendar.property("METHOD")?.value == "PUBLISH", "\(feed.fileName)")
            let events = calendar.components(named: "VEVENT")
            #expect(
                Set(events.compactMap { $0.text("UID") })
                    == Set(expected[feed.fileName, default: []].map(ExportFixture.uid)),
                "\(feed.fileName)")
            #expect(events.allSatisfy { $0.properties(named: "ATTENDEE").isEmpty }, "\(feed.fileName)")
        }
        let caf = try readCalendar(try #require(feeds.first).document)
        #expect(caf.text("X-WR-CALNAME") == "CTG golden — CAF de la Côte-d'Or")
        #expect(
            try readCalendar(ExportFixture.export(instance).calendar(schedule)).components(named: "VEVENT")
                .allSatisfy { $0.properties(named: "ATTENDEE").isEmpty })
    }

    @Test("Invitations: one iTIP message per partner with an e-mail and meeting, with ORGANIZER and one ATTENDEE")
    func invitations() throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let invitations = ExportFixture.export(instance).invitations(schedule, cancelled: schedule.cancelled)
        #expect(
            Set(invitations.map(\.fileName)) == [
                "caf/copil_1.ics", "caf/copil_2.ics", "caf/visio.ics",
                "elue/copil_1.ics", "elue/copil_2.ics", "elue/visio.ics", "elue/atelier-cancel.ics",
            ])
        for invitation in invitations {
            let calendar = try readCalendar(invitation.document)
            let isCancel = invitation.fileName.hasSuffix("-cancel.ics")
            #expect(calendar.property("METHOD")?.value == (isCancel ? "CANCEL" : "REQUEST"), "\(invitation.fileName)")
            let events = calendar.components(named: "VEVENT")
            #expect(events.count == 1, "\(invitation.fileName): iTIP carries one UID per message")
            let event = try #require(events.first)
            #expect(event.property("ORGANIZER")?.value == "mailto:ctg@cc-exemple.fr")
            #expect(event.property("ORGANIZER")?.parameter("CN") == "Coordination CTG")
            let attendees = event.properties(named: "ATTENDEE")
            #expect(attendees.count == 1, "\(invitation.fileName)")
            let attendee = try #require(attendees.first)
            #expect(attendee.parameter("PARTSTAT") == "NEEDS-ACTION")
            #expect(attendee.parameter("RSVP") == "TRUE")
            if isCancel {
                #expect(event.property("STATUS")?.value == "CANCELLED")
                #expect(event.property("SEQUENCE")?.value == "2")
            }
        }
        let elueVisio = try #require(invitations.first { $0.fileName == "elue/visio.ics" })
        let attendee = try #require(try readEvents(elueVisio.document).first?.property("ATTENDEE"))
        #expect(attendee.value == "mailto:elue@cc-exemple.fr")
        #expect(attendee.parameter("CN") == "Vice-présidente enfance, jeunesse")
        #expect(attendee.parameter("ROLE") == "OPT-PARTICIPANT")
        let cafCopil = try #require(invitations.first { $0.fileName == "caf/copil_1.ics" })
        #expect(try readEvents(cafCopil.document).first?.property("ATTENDEE")?.parameter("ROLE") == "REQ-PARTICIPANT")
    }

    @Test("Without an organizer there is nobody to send invitations from")
    func noOrganizerNoInvitations() throws {
        let yaml = ExportFixture.yaml.replacingOccurrences(
            of: "organizer: {name: \"Coordination CTG\", email: ctg@cc-exemple.fr}\n", with: "")
        let (summary, instance) = try solveOptimal(yaml)
        #expect(ExportFixture.export(instance).invitations(summary.schedule).isEmpty)
        let events = try readEvents(ExportFixture.export(instance).calendar(summary.schedule))
        #expect(events.allSatisfy { $0.property("ORGANIZER") == nil })
    }

    @Test("A reminder given on the command line replaces the instance's", arguments: [(0, "PT0M"), (1440, "-PT1440M")])
    func reminderOverride(minutes: Int, trigger: String) throws {
        let (schedule, instance) = try ExportFixture.schedule()
        let events = try readEvents(ExportFixture.export(instance, reminderMinutes: minutes).calendar(schedule))
        let triggers = events.flatMap { $0.components(named: "VALARM") }.compactMap { $0.property("TRIGGER")?.value }
        #expect(triggers == Array(repeating: trigger, count: schedule.assignments.count))
    }

    @Test("Line breaks and component lines in texts cannot inject properties or events")
    func noInjection() throws {
        var (schedule, instance) = try ExportFixture.schedule()
        let hostile = "Copil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\nSTATUS:CANCELLED\rX"
        schedule.assignments[0].title = hostile
        schedule.cancelled[0].title = hostile
        let export = ExportFixture.export(instance)
        var documents = [export.calendar(schedule)] + export.feeds(schedule).map(\.document)
        documents += export.invitations(schedule, cancelled: schedule.cancelled).map(\.document)
        for document in documents {
            let text = document.serialized()
            let lines = text.components(separatedBy: "\r\n")
            #expect(!lines.contains { $0.hasPrefix("UID:injected") || $0.hasPrefix("STATUS:CANCELLED\\") })
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == document.events.count)
            // Only CRLF ends a line; a bare CR or LF would be read as one by lenient clients.
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\r" || $0 == "\n" })
            let events = try readEvents(document)
            #expect(events.count == document.events.count)
            #expect(events.allSatisfy { $0.text("UID") != "injected" })
        }
        let summaries = try readEvents(export.calendar(schedule)).compactMap { $0.text("SUMMARY") }
        #expect(summaries.contains("Copil\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected\nSTATUS:CANCELLED\nX"))
        #expect(summaries.contains("Annulé : Copil\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected\nSTATUS:CANCELLED\nX"))
    }

    @Test("Names with quotes, line breaks and colons stay inside their ATTENDEE parameter")
    func hostileNamesInParameters() throws {
        let yaml = ExportFixture.yaml.replacingOccurrences(
            of: "name: \"CAF de la Côte-d'Or\"", with: "name: \"CAF \\\"21\\\"\\r\\nATTENDEE:mailto:x@evil.example\"")
        let (summary, instance) = try solveOptimal(yaml)
        let invitation = try #require(
            ExportFixture.export(instance).invitations(summary.schedule).first { $0.fileName == "caf/visio.ics" })
        let event = try #require(try readEvents(invitation.document).first)
        #expect(event.properties(named: "ATTENDEE").count == 1)
        #expect(event.property("ATTENDEE")?.parameter("CN") == "CAF '21'  ATTENDEE:mailto:x@evil.example")
        #expect(event.property("ATTENDEE")?.value == "mailto:caf@caf21.example")
    }
}
