import Foundation
import ICalendar
import Testing

@Suite("Recurrence expansion")
struct RecurrenceTests {
    typealias S = Support

    @Test("Weekly on Tuesdays and Thursdays, six times")
    func weeklyByDayCount() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240102T100000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6") == [
                "2024-01-02 10:00", "2024-01-04 10:00", "2024-01-09 10:00", "2024-01-11 10:00",
                "2024-01-16 10:00", "2024-01-18 10:00",
            ])
    }

    @Test("Monthly on the last Friday")
    func monthlyLastFriday() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240126T180000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=4") == [
                "2024-01-26 18:00", "2024-02-23 18:00", "2024-03-29 18:00", "2024-04-26 18:00",
            ])
    }

    @Test("Monthly on the second Tuesday, every third month")
    func monthlySecondTuesdayInterval() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240109T140000\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=3")
                == ["2024-01-09 14:00", "2024-04-09 14:00", "2024-07-09 14:00"])
    }

    @Test("Monthly on the last day, skipping nothing; on the 31st, skipping short months")
    func monthDays() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240131T090000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4") == [
                "2024-01-31 09:00", "2024-02-29 09:00", "2024-03-31 09:00", "2024-04-30 09:00",
            ])
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240131T090000\nRRULE:FREQ=MONTHLY;COUNT=4") == [
                "2024-01-31 09:00", "2024-03-31 09:00", "2024-05-31 09:00", "2024-07-31 09:00",
            ])
    }

    @Test("Yearly in given months; the fourth Thursday of November; 29 February")
    func yearly() throws {
        #expect(
            try S.starts(
                "DTSTART;TZID=Europe/Paris:20240315T090000\nRRULE:FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15;COUNT=4")
                == ["2024-03-15 09:00", "2024-09-15 09:00", "2025-03-15 09:00", "2025-09-15 09:00"])
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20231123T120000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=3")
                == ["2023-11-23 12:00", "2024-11-28 12:00", "2025-11-27 12:00"])
        #expect(
            try S.starts("DTSTART;VALUE=DATE:20200229\nRRULE:FREQ=YEARLY;COUNT=3") == [
                "2020-02-29 00:00", "2024-02-29 00:00", "2028-02-29 00:00",
            ])
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240101T090000\nRRULE:FREQ=YEARLY;BYDAY=20MO;COUNT=2") == [
                "2024-01-01 09:00", "2024-05-13 09:00",
            ])
    }

    @Test("UNTIL as a UTC DATE-TIME is inclusive; as a DATE it includes that whole day")
    func until() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=DAILY;UNTIL=20240104T090000Z") == [
                "2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00", "2024-01-04 10:00",
            ])
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=DAILY;UNTIL=20240104T085959Z").count
                == 3)
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=WEEKLY;UNTIL=20240122") == [
                "2024-01-01 10:00", "2024-01-08 10:00", "2024-01-15 10:00", "2024-01-22 10:00",
            ])
    }

    @Test("INTERVAL, and WKST changing which weeks count (RFC 5545's own example)")
    func intervalAndWeekStart() throws {
        #expect(
            try S.starts("DTSTART;TZID=Europe/Paris:20240101T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=3")
                == ["2024-01-01 09:00", "2024-01-15 09:00", "2024-01-29 09:00"])
        let rule = "DTSTART;TZID=Europe/Paris:19970805T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST="
        #expect(
            try S.starts(rule + "MO", from: S.instant("1997-01-01T00:00:00Z")) == [
                "1997-08-05 09:00", "1997-08-10 09:00", "1997-08-19 09:00", "1997-08-24 09:00",
            ])
        #expect(
            try S.starts(rule + "SU", from: S.instant("1997-01-01T00:00:00Z")) == [
                "1997-08-05 09:00", "1997-08-17 09:00", "1997-08-19 09:00", "1997-08-31 09:00",
            ])
    }

    @Test("BYSETPOS picks the last working day of each month")
    func setPosition() throws {
        #expect(
            try S.starts(
                "DTSTART;TZID=Europe/Paris:20240131T170000\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3"
            )
                == ["2024-01-31 17:00", "2024-02-29 17:00", "2024-03-29 17:00"])
    }

    @Test("EXDATE removes occurrences, RDATE adds them, PERIOD included")
    func exceptionsAndExtraDates() throws {
        #expect(
            try S.starts(
                "DTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=DAILY;COUNT=5\nEXDATE;TZID=Europe/Paris:20240103T100000,20240105T100000"
            ) == ["2024-01-01 10:00", "2024-01-02 10:00", "2024-01-04 10:00"])
        #expect(
            try S.starts(
                "DTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE:20240102T090000Z")
                == ["2024-01-01 10:00", "2024-01-03 10:00"])
        let occurrences = try S.occurrences(
            S.calendar(
                """
                BEGIN:VEVENT
                UID:r
                DTSTART;TZID=Europe/Paris:20240101T100000
                DURATION:PT1H
                RRULE:FREQ=WEEKLY;COUNT=2
                RDATE;TZID=Europe/Paris:20240103T150000
                RDATE;VALUE=PERIOD:20240110T080000Z/20240110T120000Z,20240111T080000Z/PT30M
                END:VEVENT
                """))
        #expect(
            occurrences.map { "\(S.wallTime($0.start))–\(S.wallTime($0.end))" } == [
                "2024-01-01 10:00–2024-01-01 11:00", "2024-01-03 15:00–2024-01-03 16:00",
                "2024-01-08 10:00–2024-01-08 11:00", "2024-01-10 09:00–2024-01-10 13:00",
                "2024-01-11 09:00–2024-01-11 09:30",
            ])
    }

    static let mondays = """
        BEGIN:VEVENT
        UID:weekly@example.org
        SUMMARY:Bureau
        DTSTART;TZID=Europe/Paris:20240101T100000
        DTEND;TZID=Europe/Paris:20240101T110000
        RRULE:FREQ=WEEKLY;COUNT=4
        END:VEVENT
        """

    @Test("A RECURRENCE-ID event moves its instance; one with STATUS:CANCELLED removes it")
    func overrides() throws {
        let text = S.calendar(
            Self.mondays + """

                BEGIN:VEVENT
                UID:weekly@example.org
                RECURRENCE-ID;TZID=Europe/Paris:20240108T100000
                SUMMARY:Bureau (déplacé)
                SEQUENCE:1
                DTSTART;TZID=Europe/Paris:20240109T140000
                DTEND;TZID=Europe/Paris:20240109T153000
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly@example.org
                RECURRENCE-ID:20240115T090000Z
                STATUS:CANCELLED
                DTSTART;TZID=Europe/Paris:20240115T100000
                END:VEVENT
                """)
        let occurrences = try S.occurrences(text)
        #expect(
            occurrences.map { "\(S.wallTime($0.start)) \($0.summary ?? "")" } == [
                "2024-01-01 10:00 Bureau", "2024-01-09 14:00 Bureau (déplacé)", "2024-01-22 10:00 Bureau",
            ])
        #expect(occurrences[1].recurrenceID == S.date(2024, 1, 8, 10))
        #expect(occurrences[1].sequence == 1)
        #expect(occurrences[1].end == S.date(2024, 1, 9, 15, 30))
    }

    @Test("A moved instance counts where it lands, not where it was")
    func overrideWindow() throws {
        let text = S.calendar(
            Self.mondays + """

                BEGIN:VEVENT
                UID:weekly@example.org
                RECURRENCE-ID;TZID=Europe/Paris:20240108T100000
                DTSTART;TZID=Europe/Paris:20240201T100000
                DTEND;TZID=Europe/Paris:20240201T110000
                END:VEVENT
                """)
        let january8 = try S.occurrences(text, from: S.date(2024, 1, 8), to: S.date(2024, 1, 9))
        #expect(january8.isEmpty)
        let february1 = try S.occurrences(text, from: S.date(2024, 2, 1), to: S.date(2024, 2, 2))
        #expect(february1.map(\.start) == [S.date(2024, 2, 1, 10)])
    }

    @Test("A weekly 09:00 meeting stays at 09:00 across the change to summer time")
    func weeklyAcrossDST() throws {
        let occurrences = try S.occurrences(
            S.calendar(
                "BEGIN:VEVENT\nUID:d\nDTSTART;TZID=Europe/Paris:20240318T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT"
            ))
        #expect(
            occurrences.map(\.start) == [
                S.instant("2024-03-18T08:00:00Z"), S.instant("2024-03-25T08:00:00Z"), S.instant("2024-04-01T07:00:00Z"),
            ])
        #expect(occurrences.map { $0.end.timeIntervalSince($0.start) } == [3600, 3600, 3600])
    }

    @Test("A daily all-day event repeats over whole local days")
    func allDay() throws {
        let occurrences = try S.occurrences(
            S.calendar("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240330\nRRULE:FREQ=DAILY;COUNT=2\nEND:VEVENT"))
        #expect(occurrences.map(\.start) == [S.date(2024, 3, 30), S.date(2024, 3, 31)])
        #expect(occurrences.map(\.end) == [S.date(2024, 3, 31), S.date(2024, 4, 1)])
        #expect(occurrences.allSatisfy { $0.isAllDay })
    }

    @Test("Only the occurrences in the window are returned, however long the rule has run")
    func window() throws {
        let starts = try S.starts(
            "DTSTART;TZID=Europe/Paris:19900101T090000\nRRULE:FREQ=DAILY",
            from: S.date(2024, 6, 10), to: S.date(2024, 6, 13))
        #expect(starts == ["2024-06-10 09:00", "2024-06-11 09:00", "2024-06-12 09:00"])
    }

    @Test("Expansion is bounded: a rule that never matches, and an endless one")
    func bounded() throws {
        let never = try S.starts(
            "DTSTART:20240101T090000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", from: .distantPast,
            to: .distantFuture)
        #expect(never == ["2024-01-01 10:00"])
        let endless = try S.occurrences(
            S.calendar("BEGIN:VEVENT\nUID:x\nDTSTART:20240101T090000Z\nRRULE:FREQ=DAILY\nEND:VEVENT"),
            from: .distantPast, to: .distantFuture)
        #expect(endless.count == 100_000)
    }

    @Test(
        "Rules that are not evaluated are refused with their line",
        arguments: [
            "FREQ=HOURLY", "FREQ=WEEKLY;BYWEEKNO=20", "FREQ=DAILY;INTERVAL=0",
            "FREQ=DAILY;INTERVAL=9223372036854775807",
            "FREQ=MONTHLY;BYDAY=XX", "FREQ=MONTHLY;BYMONTHDAY=0", "FREQ=DAILY;UNTIL=tomorrow", "COUNT=3",
        ])
    func refusesRules(rule: String) {
        let error = #expect(throws: ICalendarError.self) {
            try S.starts("DTSTART:20240101T090000Z\nRRULE:\(rule)")
        }
        #expect(error?.line == 7)
        #expect(error?.file == "test.ics")
    }
}
