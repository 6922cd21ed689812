import Testing

@testable import CTGCore

/// For each hard constraint of the format, a tiny instance where it binds:
/// the optimum is what it is only because the constraint holds, so a model
/// that dropped it would find a cheaper schedule and fail the test.
@Suite struct HardConstraintTests {
    @Test func constraint1_aMeetingOfDurationTwoOccupiesConsecutiveSlots() throws {
        let (summary, _) = try solveOptimal(
            week(meetings: "  - {id: m, title: M, duration: 2, attendees: {required: [a]}, prefer: {slots: [pm]}}"))
        let m = try #require(summary.assignment("m"))
        #expect(m.slots == ["am", "pm"])
        #expect(summary.schedule.objective == 5)  // the pm-only preference cannot hold for 2 slots
    }

    @Test func constraint2_candidateSlotsRespectWindowDaysAndAvoid() throws {
        let (summary, _) = try solveOptimal(
            week(
                extra: "periods: {busy-week: [{from: 2023-01-02, to: 2023-01-03}]}",
                meetings: """
                      - {id: m, title: M, attendees: {required: [a]}, window: {from: 2023-01-02, to: 2023-01-05},
                         days: [mon, tue, thu], avoid: [busy-week], prefer: {days: [mon]}}
                    """))
        #expect(summary.assignment("m")?.date == LocalDate("2023-01-05"))
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint3_requiredAttendeeAvailable() throws {
        let (summary, _) = try solveOptimal(
            week(
                partners:
                    "  - {id: a, unavailable: [{weekday: mon}, {date: 2023-01-03, slots: [am]}]}\n  - {id: b}\n  - {id: c}",
                meetings: "  - {id: m, title: M, attendees: {required: [a]}, prefer: {days: [mon, tue], slots: [am]}}"))
        let m = try #require(summary.assignment("m"))
        #expect(m.date != LocalDate("2023-01-02"))
        #expect(!(m.date == LocalDate("2023-01-03") && m.slot == "am"))
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint4_noPartnerAtTwoMeetingsAtOnce() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                meetings: """
                      - {id: m1, title: M1, attendees: {required: [a]}, prefer: {slots: [am]}}
                      - {id: m2, title: M2, attendees: {required: [a, b]}, prefer: {slots: [am]}}
                    """))
        #expect(summary.assignment("m1")?.slot != summary.assignment("m2")?.slot)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint5_maxPerDay() throws {
        let (summary, _) = try solveOptimal(
            week(
                partners: "  - {id: a, max_per_day: 1}\n  - {id: b}\n  - {id: c}",
                meetings: """
                      - {id: m1, title: M1, attendees: {required: [a]}, prefer: {days: [mon]}}
                      - {id: m2, title: M2, attendees: {required: [a]}, prefer: {days: [mon]}}
                    """))
        #expect(summary.assignment("m1")?.date != summary.assignment("m2")?.date)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint5_maxPerWeek() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-13}",
                partners: "  - {id: a, max_per_week: 1}\n  - {id: b}\n  - {id: c}",
                extra: "periods: {second-week: [{from: 2023-01-09, to: 2023-01-13}]}",
                meetings: """
                      - {id: m1, title: M1, attendees: {required: [a]}, prefer: {not_in: [second-week]}}
                      - {id: m2, title: M2, attendees: {required: [a]}, prefer: {not_in: [second-week]}}
                    """))
        let weeks = Set([summary.assignment("m1")!, summary.assignment("m2")!].map { $0.date.isoWeekMonday })
        #expect(weeks.count == 2)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint6_roomCapacityAndNoDoubleBooking() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                meetings: """
                      - {id: big, title: Big, participants: 20, attendees: {required: [a]}, prefer: {rooms: [r1]}}
                      - {id: s1, title: S1, attendees: {required: [b]}, prefer: {rooms: [r1], slots: [am]}}
                      - {id: s2, title: S2, attendees: {required: [c]}, prefer: {rooms: [r1], slots: [am]}}
                    """))
        #expect(summary.assignment("big")?.room == "r2")  // r1 holds 10
        let small = [summary.assignment("s1")!, summary.assignment("s2")!]
        #expect(Set(small.map { "\($0.slot)/\($0.room ?? "-")" }).count == 2)
        // big misses r1 (5); s1 and s2 cannot both have r1 in the morning (5).
        #expect(summary.schedule.objective == 10)
    }

    @Test func constraint6_onlineMeetingsGetNoRoom() throws {
        let (summary, _) = try solveOptimal(
            week(
                rooms: "  - {id: r1, capacity: 2}",
                meetings: "  - {id: visio, title: Visio, online: true, participants: 50, attendees: {required: [a]}}"))
        #expect(summary.assignment("visio")?.room == nil)
        #expect(summary.schedule.objective == 0)
    }

    @Test func constraint7_afterWithMinAndMaxDays() throws {
        let (summary, _) = try solveOptimal(
            week(
                meetings: """
                      - {id: a1, title: A, attendees: {required: [a]}, fixed: {date: 2023-01-03, slot: pm}}
                      - {id: b1, title: B, attendees: {required: [b]}, prefer: {days: [mon, tue, wed]},
                         after: [{meeting: a1, min_days: 2, max_days: 3}]}
                      - {id: c1, title: C, attendees: {required: [c]}, prefer: {days: [tue], slots: [am]}, after: [{meeting: a1}]}
                    """))
        #expect([LocalDate("2023-01-05"), LocalDate("2023-01-06")].contains(summary.assignment("b1")?.date))
        let c = try #require(summary.assignment("c1"))
        #expect(c.date >= LocalDate("2023-01-04")!)  // same day as A's pm would need a later slot: none
        #expect(summary.schedule.objective == 10)
    }

    @Test func constraint7_seriesSpacing() throws {
        let (summary, _) = try solveOptimal(
            week(
                meetings: """
                      - {id: s, title: S, sessions: 2, spacing: {min_days: 3}, attendees: {required: [a]}, prefer: {days: [mon, tue]}}
                    """))
        let first = try #require(summary.assignment("s#1"))
        let second = try #require(summary.assignment("s#2"))
        #expect(first.date.days(to: second.date) >= 3)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint7_phaseOrder() throws {
        let (summary, _) = try solveOptimal(
            week(
                extra: """
                    phases:
                      - {id: p1}
                      - {id: p2, after: [p1], gap_days: 1}
                    """,
                meetings: """
                      - {id: early, title: Early, phase: p1, attendees: {required: [a]}, fixed: {date: 2023-01-03, slot: am}}
                      - {id: late, title: Late, phase: p2, attendees: {required: [b]}, prefer: {days: [mon, tue]}}
                    """))
        #expect(summary.assignment("late")!.date >= LocalDate("2023-01-04")!)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint8_distinctSites() throws {
        let (summary, _) = try solveOptimal(
            week(
                meetings: """
                      - {id: w, title: W, sessions: 2, distinct_sites: true, attendees: {required: [a]}, prefer: {rooms: [r1]}}
                    """))
        #expect(Set([summary.assignment("w#1")!.site, summary.assignment("w#2")!.site]).count == 2)
        #expect(summary.schedule.objective == 5)
    }

    @Test func constraint9_fixed() throws {
        let (summary, _) = try solveOptimal(
            week(
                meetings: """
                      - {id: m, title: M, attendees: {required: [a]}, fixed: {date: 2023-01-04, slot: pm, room: r2},
                         prefer: {days: [mon], slots: [am], rooms: [r1]}}
                    """))
        let m = try #require(summary.assignment("m"))
        #expect(m.date == LocalDate("2023-01-04") && m.slot == "pm" && m.room == "r2")
        #expect(summary.schedule.objective == 15)
    }
}
