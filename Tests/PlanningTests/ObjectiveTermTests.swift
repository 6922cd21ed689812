import Testing

@testable import CTGCore

/// Each soft term of the format on an instance whose optimum is computed by hand.
@Suite struct ObjectiveTermTests {
    @Test func optionalAbsentThroughUnavailability() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                partners: "  - {id: a}\n  - {id: b, unavailable: [{weekday: mon}]}\n  - {id: c}",
                meetings: "  - {id: m, title: M, attendees: {required: [a], optional: [b, c]}}"))
        #expect(summary.schedule.objective == 10)
        #expect(summary.breakdown[.optionalAbsent] == 10)
    }

    @Test func optionalAbsentThroughAClashIsAvoidedWhenPossible() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                meetings: """
                      - {id: m1, title: M1, attendees: {required: [b]}, fixed: {date: 2023-01-02, slot: am}}
                      - {id: m2, title: M2, attendees: {required: [a], optional: [b]}, prefer: {slots: [am]}}
                    """))
        // am costs 10 (b is busy at m1), pm costs 5 (preference): pm wins.
        #expect(summary.assignment("m2")?.slot == "pm")
        #expect(summary.schedule.objective == 5)
    }

    @Test func optionalAbsentCountedOncePerMeetingAndAttendee() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                partners: "  - {id: a}\n  - {id: b, unavailable: [{date: 2023-01-02, slots: [pm]}]}\n  - {id: c}",
                meetings: """
                      - {id: m1, title: M1, attendees: {required: [b]}, fixed: {date: 2023-01-02, slot: am}}
                      - {id: m2, title: M2, duration: 2, attendees: {required: [a], optional: [b]}}
                    """))
        // b is both busy (am) and unavailable (pm) during m2: one count.
        #expect(summary.schedule.objective == 10)
    }

    @Test func partnerPreference() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-03}",
                partners:
                    "  - {id: a, prefers: {days: [mon], slots: [pm]}}\n  - {id: b, prefers: {slots: [am]}}\n  - {id: c}",
                meetings: "  - {id: m, title: M, attendees: {required: [a, b], optional: [c]}}"))
        // Either a or b misses: one count, weight 1.
        #expect(summary.schedule.objective == 1)
        #expect(summary.breakdown[.partnerPreference] == 1)
    }

    @Test func meetingPreferenceCountsEachItem() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-03, to: 2023-01-03}",
                rooms: "  - {id: r1, capacity: 2}\n  - {id: r2, capacity: 30}",
                extra: "periods: {tuesday: [{date: 2023-01-03}]}",
                meetings: """
                      - {id: m, title: M, participants: 5, attendees: {required: [a]},
                         prefer: {days: [mon], slots: [am], rooms: [r1], not_in: [tuesday]}}
                    """))
        // days, rooms and not_in cannot hold; slots can: 3 × 5.
        #expect(summary.schedule.objective == 15)
        #expect(summary.assignment("m")?.slot == "am")
    }

    @Test func spacingDeviation() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-13}",
                meetings: """
                      - {id: s, title: S, sessions: 3, spacing: {min_days: 1, target_days: 7},
                         window: {from: 2023-01-02, to: 2023-01-11}, attendees: {required: [a]}}
                    """))
        // Three sessions in ten days: gaps sum to at most 9, so |g1−7|+|g2−7| ≥ 5.
        #expect(summary.schedule.objective == 5)
        #expect(summary.breakdown[.spacingDeviation] == 5)
    }

    @Test func weightsOverrideTheDefaults() throws {
        let (summary, _) = try solveOptimal(
            week(
                days: "{from: 2023-01-02, to: 2023-01-02}",
                extra: "weights: {meeting_preference: 2}",
                meetings: "  - {id: m, title: M, duration: 2, attendees: {required: [a]}, prefer: {slots: [am]}}"))
        #expect(summary.schedule.objective == 2)
    }
}
