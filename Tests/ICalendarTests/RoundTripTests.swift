import Foundation
import ICalendar
import Testing

@Suite("Writer to reader round trip")
struct RoundTripTests {
    static let zones = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "UTC", "Pacific/Chatham"]
    static let texts = [
        "Séance", "Côte-d'Or; élus, adjoints", "Ligne 1\nLigne 2", #"C:\dossier\"guillemets""#, "🏛️ Mairie",
        "BEGIN:VEVENT", String(repeating: "Très long intitulé ", count: 12),
    ]

    /// Many events with awkward texts, zones and times (including the
    /// repeated hour of autumn) come back with the same instants and fields.
    @Test("Occurrences read back equal the events written", arguments: zones)
    func roundTrip(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var generator = SplitMix(seed: UInt64(identifier.utf8.count))
        let events = (0..<200).map { index in
            let start = Date(
                timeIntervalSince1970: 1_640_995_200
                    + Double(Int.random(in: 0..<94_608_000, using: &generator) / 60 * 60))
            let status: [EventStatus?] = [nil, .tentative, .confirmed]
            return Event(
                uid: "event-\(index)@example.org", timestamp: Date(timeIntervalSince1970: 1_700_000_000), start: start,
                end: start.addingTimeInterval(Double(Int.random(in: 0...480, using: &generator) * 60)), timeZone: zone,
                summary: Self.texts[index % Self.texts.count], status: status[index % 3], sequence: index % 4)
        }
        let text = CalendarDocument(productID: "-//Tests//EN", timeZone: zone, events: events).serialized()
        let read = try EventExpansion.occurrences(
            in: ICalendarParser.parse(text, file: "round.ics"), from: .distantPast, to: .distantFuture,
            floatingTimeZone: Support.utc)
        let written = events.map {
            Occurrence(
                uid: $0.uid, start: $0.start, end: $0.end, summary: $0.summary, status: $0.status, sequence: $0.sequence
            )
        }
        #expect(Set(read) == Set(written))
        #expect(read.count == written.count)
    }
}
