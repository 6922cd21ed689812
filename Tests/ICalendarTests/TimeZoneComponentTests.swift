import Foundation
import ICalendar
import Testing

@Suite("Generated VTIMEZONE")
struct TimeZoneComponentTests {
    static let span = DateInterval(
        start: Support.instant("2022-01-01T00:00:00Z"), end: Support.instant("2024-12-31T00:00:00Z"))

    @Test(
        "Offsets from the generated VTIMEZONE match Foundation on every date of the span",
        arguments: ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "Europe/London"])
    func matchesFoundation(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let definition = try TimeZoneDefinition(Component.timeZone(zone, covering: Self.span))
        #expect(definition.identifier == identifier)
        var date = Self.span.start
        while date < Self.span.end {
            #expect(definition.secondsFromGMT(for: date) == zone.secondsFromGMT(for: date), "at \(date)")
            date.addTimeInterval(3 * 3600 + 17)
        }
        // Either side of every transition, to the second.
        var cursor = Self.span.start
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition < Self.span.end {
            for delta in [-3601.0, -1, 0, 1, 3600] {
                let probe = transition.addingTimeInterval(delta)
                #expect(definition.secondsFromGMT(for: probe) == zone.secondsFromGMT(for: probe), "at \(probe)")
            }
            cursor = transition
        }
    }

    @Test("Europe/Paris: last Sunday of March and October as yearly rules, named CET and CEST")
    func parisRules() throws {
        let component = Component.timeZone(Support.paris, covering: Self.span)
        #expect(component.property("TZID")?.value == "Europe/Paris")
        let daylight = try #require(component.components(named: "DAYLIGHT").first)
        let standard = try #require(component.components(named: "STANDARD").first)
        #expect(component.components.count == 2)
        #expect(daylight.property("RRULE")?.value.hasPrefix("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=") == true)
        #expect(standard.property("RRULE")?.value.hasPrefix("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=") == true)
        #expect(daylight.property("TZOFFSETFROM")?.value == "+0100")
        #expect(daylight.property("TZOFFSETTO")?.value == "+0200")
        #expect(daylight.property("DTSTART")?.value == "20210328T020000")
        #expect(standard.property("DTSTART")?.value == "20211031T030000")
        #expect(daylight.property("TZNAME")?.value == "CEST")
        #expect(standard.property("TZNAME")?.value == "CET")
    }

    @Test("Australia/Sydney: daylight time from the first Sunday of October, southern summer")
    func sydneyRules() throws {
        let component = Component.timeZone(try #require(TimeZone(identifier: "Australia/Sydney")), covering: Self.span)
        let daylight = try #require(component.components(named: "DAYLIGHT").first)
        let standard = try #require(component.components(named: "STANDARD").first)
        #expect(daylight.property("RRULE")?.value.hasPrefix("FREQ=YEARLY;BYMONTH=10;BYDAY=1SU") == true)
        #expect(standard.property("RRULE")?.value.hasPrefix("FREQ=YEARLY;BYMONTH=4;BYDAY=1SU") == true)
        #expect(daylight.property("TZOFFSETTO")?.value == "+1100")
        #expect(daylight.property("TZNAME")?.value == "AEDT")
    }

    @Test("America/New_York: second Sunday of March, first Sunday of November")
    func newYorkRules() throws {
        let component = Component.timeZone(
            try #require(TimeZone(identifier: "America/New_York")), covering: Self.span)
        #expect(
            component.components(named: "DAYLIGHT").first?.property("RRULE")?.value.contains("BYMONTH=3;BYDAY=2SU")
                == true)
        #expect(
            component.components(named: "STANDARD").first?.property("RRULE")?.value.contains("BYMONTH=11;BYDAY=1SU")
                == true)
        #expect(component.components(named: "STANDARD").first?.property("TZOFFSETTO")?.value == "-0500")
    }

    @Test("Asia/Tokyo, without daylight saving time, gets one STANDARD observance")
    func tokyo() throws {
        let component = Component.timeZone(try #require(TimeZone(identifier: "Asia/Tokyo")), covering: Self.span)
        #expect(component.components.map(\.name) == ["STANDARD"])
        let standard = try #require(component.components.first)
        #expect(standard.property("TZOFFSETFROM")?.value == "+0900")
        #expect(standard.property("TZOFFSETTO")?.value == "+0900")
        #expect(standard.property("TZNAME")?.value == "JST")
        #expect(standard.property("RRULE") == nil)
    }

    /// Reads the written calendar back with the TZID renamed, so only the
    /// generated VTIMEZONE, not the tz database, can give the offsets.
    private func startsThroughVTimeZone(_ starts: [Date], zone: TimeZone) throws -> [Date] {
        let events = starts.enumerated().map { index, start in
            Event(
                uid: "e\(index)", timestamp: Support.instant("2022-01-01T00:00:00Z"), start: start,
                end: start.addingTimeInterval(3600), timeZone: zone, summary: "Séance \(index)")
        }
        let text = CalendarDocument(productID: "-//Tests//EN", events: events).serialized()
            .replacingOccurrences(of: zone.identifier, with: "Zone Under Test")
        #expect(text.contains("TZID=Zone Under Test:"))
        let calendars = try ICalendarParser.parse(text, file: "dst.ics")
        return try EventExpansion.occurrences(
            in: calendars, from: .distantPast, to: .distantFuture, floatingTimeZone: Support.utc
        ).map(\.start)
    }

    @Test("09:30 in Paris is 07:30Z before the October change and 08:30Z after; likewise in March")
    func parisInstants() throws {
        let starts = [
            Support.date(2022, 10, 27, 9, 30), Support.date(2022, 11, 3, 9, 30),
            Support.date(2023, 3, 23, 9, 30), Support.date(2023, 3, 30, 9, 30),
        ]
        #expect(
            try startsThroughVTimeZone(starts, zone: Support.paris) == [
                Support.instant("2022-10-27T07:30:00Z"), Support.instant("2022-11-03T08:30:00Z"),
                Support.instant("2023-03-23T08:30:00Z"), Support.instant("2023-03-30T07:30:00Z"),
            ])
    }

    @Test(
        "Every day at 09:30 and in the small hours round-trips through the VTIMEZONE",
        arguments: ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo"])
    func dailyInstants(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var starts: [Date] = []
        var day = Support.date(2023, 1, 1, in: zone)
        while day < Support.date(2024, 12, 31, in: zone) {
            starts.append(day.addingTimeInterval(9.5 * 3600))
            day = Calendar(identifier: .gregorian).date(byAdding: .day, value: 1, to: day)!
        }
        // Around each change: the hours when clocks jump, and the repeated hour.
        var cursor = starts[0]
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition < day {
            starts += stride(from: -7200.0, through: 7200, by: 1800).map { transition.addingTimeInterval($0) }
            cursor = transition
        }
        #expect(try startsThroughVTimeZone(starts, zone: zone) == starts.sorted())
    }

    @Test("A wall time in the repeated hour is written in UTC, keeping the instant")
    func ambiguousWallTime() throws {
        let second = Support.instant("2022-10-30T01:30:00Z")  // 02:30 CET, after 02:30 CEST
        let event = Event(
            uid: "x", timestamp: second, start: second, end: second.addingTimeInterval(1800), timeZone: Support.paris,
            summary: "Late")
        let text = CalendarDocument(productID: "-//T//EN", events: [event]).serialized()
        #expect(text.contains("DTSTART:20221030T013000Z\r\n"))
        #expect(text.contains("DTEND;TZID=Europe/Paris:20221030T030000\r\n"))
        let read = try EventExpansion.occurrences(
            in: ICalendarParser.parse(text, file: "t.ics"), from: .distantPast, to: .distantFuture,
            floatingTimeZone: Support.utc)
        #expect(read.map(\.start) == [second])
        #expect(read.map(\.end) == [second.addingTimeInterval(1800)])
    }

    @Test("A VTIMEZONE that cannot be evaluated is an error at the line at fault")
    func brokenDefinition() {
        let text = Support.calendar(
            """
            BEGIN:VTIMEZONE
            TZID:Broken
            BEGIN:STANDARD
            DTSTART:19700101T000000
            TZOFFSETFROM:+0100
            TZOFFSETTO:one hour
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:b
            DTSTART;TZID=Broken:20240101T100000
            END:VEVENT
            """)
        let error = #expect(throws: ICalendarError.self) { try Support.occurrences(text) }
        #expect(error?.description == "test.ics:9: TZOFFSETTO \"one hour\" is not a UTC offset")
    }
}
