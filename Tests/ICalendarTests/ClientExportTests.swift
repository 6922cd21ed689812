import Foundation
import ICalendar
import Testing

/// Files in the shapes that Google Calendar, Outlook, Thunderbird and
/// Nextcloud export, with their own time-zone blocks, TZID spellings and
/// extension properties.
@Suite("Real-world exports")
struct ClientExportTests {
    typealias S = Support

    private func busy(_ fixture: String, from: Date, to: Date, floating: TimeZone = S.paris) throws -> [String] {
        try BusyTime.intervals(in: S.fixture(fixture), from: from, to: to, floatingTimeZone: floating).map {
            "\(S.wallTime($0.start))–\(S.wallTime($0.end)) \($0.summary ?? "")"
        }
    }

    @Test("Google Calendar: weekly series with EXDATE and a moved instance, transparent holiday, cancelled event")
    func google() throws {
        #expect(
            try busy("google.ics", from: S.date(2024, 10, 28), to: S.date(2024, 11, 12)) == [
                "2024-11-05 14:00–2024-11-05 15:00 Point d'équipe (décalé)",
                "2024-11-07 14:00–2024-11-07 15:00 Appel avec Montréal",
                "2024-11-11 09:30–2024-11-11 10:30 Point d'équipe",
            ])
        let series = try EventExpansion.occurrences(
            in: S.fixture("google.ics"), from: S.date(2024, 1, 1), to: S.date(2025, 1, 1), floatingTimeZone: S.paris
        ).filter { $0.uid == "7kq3h1s8m2p0c5v9r4t6b1n0xg@google.com" }
        #expect(series.count == 15)
        #expect(series.last.map { S.wallTime($0.start) } == "2024-12-16 09:30")
        #expect(
            try busy("google.ics", from: S.date(2024, 12, 20), to: S.date(2025, 1, 1)) == [
                "2024-12-23 00:00–2024-12-28 00:00 Congés"
            ])
        let event = try #require(try S.fixture("google.ics").first?.components(named: "VEVENT").first)
        #expect(
            event.property("DESCRIPTION")?.textValue.hasSuffix("\n\nRejoindre : https://meet.google.com/abc-defg-hij")
                == true)
        #expect(event.properties(named: "ATTENDEE").first?.parameter("CN") == "Marie Durand")
    }

    @Test("Outlook: Windows zone names, VTIMEZONE rules from 1601, a zone with no VTIMEZONE, busy status")
    func outlook() throws {
        #expect(
            try busy("outlook.ics", from: S.date(2024, 9, 1), to: S.date(2025, 3, 1)) == [
                "2024-09-10 14:00–2024-09-10 15:30 Bureau municipal",
                "2024-10-08 14:00–2024-10-08 15:30 Bureau municipal",
                "2024-10-30 10:00–2024-10-30 12:00 Commission urbanisme",
                "2024-10-31 16:00–2024-10-31 17:00 Abstimmung Partnerstadt",
                "2024-11-01 00:00–2024-11-02 00:00 Toussaint - absent",
                "2024-11-04 15:00–2024-11-04 16:00 Call with Boston office",
                "2024-11-12 14:00–2024-11-12 15:30 Bureau municipal",
                "2024-12-10 14:00–2024-12-10 15:30 Bureau municipal",
                "2025-01-14 14:00–2025-01-14 15:30 Bureau municipal",
                "2025-02-11 14:00–2025-02-11 15:30 Bureau municipal",
            ])
        let boston = try BusyTime.intervals(
            in: S.fixture("outlook.ics"), from: S.date(2024, 11, 4), to: S.date(2024, 11, 5), floatingTimeZone: S.paris)
        #expect(boston.first?.start == S.instant("2024-11-04T14:00:00Z"))
    }

    @Test("Thunderbird: monthly first Saturday with EXDATE, old /mozilla.org/ TZID, yearly birthday")
    func thunderbird() throws {
        #expect(
            try busy("thunderbird.ics", from: S.date(2024, 9, 1), to: S.date(2024, 12, 31)) == [
                "2024-09-07 09:00–2024-09-07 12:00 Permanence des élus",
                "2024-10-05 09:00–2024-10-05 12:00 Permanence des élus",
                "2024-11-05 16:00–2024-11-05 17:00 Visio New York",
                "2024-11-07 18:00–2024-11-07 20:00 Conseil d'école",
                "2024-12-07 09:00–2024-12-07 12:00 Permanence des élus",
            ])
        let birthdays = try EventExpansion.occurrences(
            in: S.fixture("thunderbird.ics"), from: S.date(2024, 11, 1), to: S.date(2024, 12, 1),
            floatingTimeZone: S.paris
        ).filter(\.isTransparent)
        #expect(birthdays.map { S.wallTime($0.start) } == ["2024-11-15 00:00"])
        #expect(birthdays.first?.recurrenceID == S.date(2024, 11, 15))
    }

    @Test("Nextcloud: fortnightly DURATION series with a cancelled instance, floating and all-day events")
    func nextcloud() throws {
        #expect(
            try busy("nextcloud.ics", from: S.date(2024, 11, 1), to: S.date(2024, 12, 15)) == [
                "2024-11-04 18:30–2024-11-04 20:30 Répétition chorale",
                "2024-11-06 12:00–2024-11-06 13:30 Déjeuner avec Claire",
                "2024-11-09 00:00–2024-11-10 00:00 Brocante du quartier",
                "2024-12-02 18:30–2024-12-02 20:30 Répétition chorale",
            ])
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let lunch = try BusyTime.intervals(
            in: S.fixture("nextcloud.ics"), from: S.date(2024, 11, 6, in: tokyo), to: S.date(2024, 11, 7, in: tokyo),
            floatingTimeZone: tokyo
        ).filter { $0.summary == "Déjeuner avec Claire" }
        #expect(lunch.map(\.start) == [S.date(2024, 11, 6, 12, in: tokyo)])
    }

    @Test(
        "Windows and prefixed zone names resolve without a VTIMEZONE",
        arguments: [
            ("Romance Standard Time", "2024-07-01T08:00:00Z"), ("W. Europe Standard Time", "2024-07-01T08:00:00Z"),
            ("GMT Standard Time", "2024-07-01T09:00:00Z"), ("Eastern Standard Time", "2024-07-01T14:00:00Z"),
            ("/mozilla.org/20050126_1/Europe/Paris", "2024-07-01T08:00:00Z"), ("Asia/Tokyo", "2024-07-01T01:00:00Z"),
        ])
    func zoneNames(tzid: String, expected: String) throws {
        let text = S.calendar("BEGIN:VEVENT\nUID:z\nDTSTART;TZID=\"\(tzid)\":20240701T100000\nEND:VEVENT")
        #expect(try S.occurrences(text).map(\.start) == [S.instant(expected)])
    }
}
