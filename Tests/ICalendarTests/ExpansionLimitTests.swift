import Foundation
import ICalendar
import Testing

/// Busy time merged as it is expanded, under a bound on work that is an
/// error at the event's line, never a silent cut.
@Suite("Expansion limits")
struct ExpansionLimitTests {
    typealias S = Support

    static let everyMinute = (0...59).map(String.init).joined(separator: ",")
    static let everyHour = (0...23).map(String.init).joined(separator: ",")

    /// Busy every 30 seconds, for 30 seconds: all the time.
    static let alwaysBusy = S.calendar(
        """
        BEGIN:VEVENT
        UID:always
        DTSTART:20221201T000000Z
        DURATION:PT30S
        RRULE:FREQ=DAILY;BYHOUR=\(everyHour);BYMINUTE=\(everyMinute);BYSECOND=0,30
        END:VEVENT
        """)

    static func spans(
        _ text: String, from: Date, to: Date, limits: ExpansionLimits = .standard
    ) throws -> [[Date]] {
        var spans: [[Date]] = []
        try BusyTime.forEachSpan(
            in: ICalendarParser.parse(text, file: "busy.ics"), from: from, to: to, floatingTimeZone: S.paris,
            limits: limits
        ) { spans.append([$0, $1]) }
        return spans
    }

    @Test("Busy every 30 seconds for three months, across a DST change, is one span covering the window")
    func alwaysBusy() throws {
        let from = S.date(2023, 1, 2)
        let to = S.date(2023, 4, 1)
        let clock = ContinuousClock()
        var spans: [[Date]] = []
        let elapsed = try clock.measure { spans = try Self.spans(Self.alwaysBusy, from: from, to: to) }
        #expect(spans == [[from, to]])
        #expect(elapsed < .seconds(20), "a debug build, sharing the cores")
    }

    @Test("A yearly rule listing every second of the year is an error at its VEVENT's line, at once")
    func everySecondOfTheYear() throws {
        let text = S.calendar(
            """
            BEGIN:VEVENT
            UID:everything
            DTSTART:20230101T000000Z
            RRULE:FREQ=YEARLY;BYMONTH=\((1...12).map(String.init).joined(separator: ","));BYMONTHDAY=\((1...31).map(String.init).joined(separator: ","));BYHOUR=\(Self.everyHour);BYMINUTE=\(Self.everyMinute);BYSECOND=\(Self.everyMinute)
            END:VEVENT
            """)
        let clock = ContinuousClock()
        var error: ICalendarError?
        let elapsed = clock.measure {
            error = #expect(throws: ICalendarError.self) {
                try Self.spans(text, from: S.date(2023, 1, 2), to: S.date(2023, 7, 1))
            }
        }
        #expect(error?.file == "busy.ics")
        #expect(error?.line == 4)
        #expect(error?.message.contains("\"everything\"") == true)
        #expect(error?.message.contains("4000000") == true, "\(error?.message ?? "")")
        #expect(elapsed < .seconds(5), "a debug build, sharing the cores")
    }

    @Test("The limit per file adds up the events; the error names the event that passed it")
    func perFile() throws {
        let event = { (uid: String) in
            "BEGIN:VEVENT\nUID:\(uid)\nDTSTART:20230102T000000Z\nDURATION:PT1M\nRRULE:FREQ=DAILY;BYHOUR=\(Self.everyHour)\nEND:VEVENT"
        }
        let text = S.calendar([event("first"), event("second")].joined(separator: "\n"))
        let window = (from: S.instant("2023-01-02T00:00:00Z"), to: S.instant("2023-01-12T00:00:00Z"))
        // About 240 candidates each over ten days.
        let loose = ExpansionLimits(candidatesPerEvent: 300, candidatesPerCalendar: 600)
        #expect(try Self.spans(text, from: window.from, to: window.to, limits: loose).count == 480)
        let tight = ExpansionLimits(candidatesPerEvent: 300, candidatesPerCalendar: 400)
        let error = #expect(throws: ICalendarError.self) {
            try Self.spans(text, from: window.from, to: window.to, limits: tight)
        }
        #expect(error?.line == 10)
        #expect(error?.message.contains("\"second\"") == true)
        #expect(error?.message.contains("400") == true)
    }

    @Test("Spans are clipped to the window, touching occurrences merged, and a zero-length event is one second")
    func spanShapes() throws {
        let text = S.calendar(
            """
            BEGIN:VEVENT
            UID:touching
            DTSTART:20230102T080000Z
            DURATION:PT1H
            RRULE:FREQ=DAILY;BYHOUR=8,9,11
            END:VEVENT
            BEGIN:VEVENT
            UID:instant
            DTSTART:20230102T150000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:free
            TRANSP:TRANSPARENT
            DTSTART:20230102T160000Z
            DURATION:PT1H
            END:VEVENT
            """)
        let spans = try Self.spans(
            text, from: S.instant("2023-01-02T08:30:00Z"), to: S.instant("2023-01-03T09:00:00Z"))
        let shown = spans.map { "\(S.wallTime($0[0], in: S.utc))…\(S.wallTime($0[1], in: S.utc))" }
        #expect(
            shown == [
                "2023-01-02 08:30…2023-01-02 10:00", "2023-01-02 11:00…2023-01-02 12:00",
                "2023-01-03 08:00…2023-01-03 09:00", "2023-01-02 15:00…2023-01-02 15:00",
            ])
        #expect(spans[3][1].timeIntervalSince(spans[3][0]) == 1)
    }

    @Test(
        "An event ending before it starts, a negative duration, and COUNT with UNTIL are errors naming their line",
        arguments: [
            ("DTSTART:20240101T100000Z\nDTEND:20240101T090000Z", 7),
            ("DTSTART;VALUE=DATE:20240105\nDTEND;VALUE=DATE:20240104", 7),
            ("DTSTART:20240101T100000Z\nDURATION:-PT15M", 7),
            ("DTSTART:20240101T100000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=3;UNTIL=20240110T000000Z", 8),
        ])
    func inconsistentEvents(lines: String, line: Int) {
        let text = S.calendar("BEGIN:VEVENT\nUID:v\n" + lines + "\nEND:VEVENT")
        let error = #expect(throws: ICalendarError.self) { try S.occurrences(text) }
        #expect(error?.file == "test.ics")
        #expect(error?.line == line)
    }

    @Test("An event ending when it starts is still a zero-length event")
    func zeroLengthStillAccepted() throws {
        let text = S.calendar("BEGIN:VEVENT\nUID:z\nDTSTART:20240101T100000Z\nDTEND:20240101T100000Z\nEND:VEVENT")
        #expect(try S.occurrences(text).map { $0.end.timeIntervalSince($0.start) } == [0])
    }
}
