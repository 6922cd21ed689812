import Foundation
import Testing

@testable import CTGCore
@testable import CTGValidation

/// Each soft term of the format's table on hand-computed cases.
@Suite struct ValidatorObjectiveTests {
    private func unavailable(_ day: String, _ slots: [String]) -> [AvailabilityRule] {
        [AvailabilityRule(scope: .date(Fixture.date(day)), slots: slots)]
    }

    @Test func breakdownNamesEveryTerm() throws {
        let e = try Fixture.expanded()
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        #expect(Set(report.breakdown.keys) == Set(Weights.names))
        #expect(report.breakdown.values.allSatisfy { $0 == 0 })
    }

    @Test func objectiveMismatchIsReported() throws {
        let e = try Fixture.expanded()
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 3), against: e)
        #expect(report.violations == [])
        #expect(report.objective == 0)
        #expect(report.reportedObjective == 3)
        #expect(!report.objectiveMatches)
        #expect(!report.isValid)
    }

    @Test func optionalAbsentWhenUnavailable() throws {
        // dgs, optional at copil, is away on the morning of 7 June.
        let e = try Fixture.expanded { $0.partners[3].unavailable = unavailable("2022-06-07", ["morning"]) }
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 10), against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["optional_absent"] == 10)
    }

    @Test func optionalAbsentWhenRequiredElsewhere() throws {
        // dgs is required at visio, held during copil where dgs is optional.
        let e = try Fixture.expanded { $0.meetings[2].required = ["dgs"] }
        let schedule = Fixture.base(e, objective: 10).replacing(Fixture.place(e, "visio", "2022-06-07", "morning"))
        let report = ScheduleValidator.validate(schedule, against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["optional_absent"] == 10)
    }

    @Test func optionalAbsentCountsOncePerMeetingAndAttendee() throws {
        // caf, optional at atelier (afternoon + evening), is required at visio
        // in the afternoon and unavailable in the evening: absent once.
        let e = try Fixture.expanded {
            $0.meetings[2].required = ["caf"]
            $0.partners[0].unavailable = unavailable("2022-06-07", ["evening"])
        }
        let schedule = Fixture.base(e, objective: 10).replacing(Fixture.place(e, "visio", "2022-06-07", "afternoon"))
        let report = ScheduleValidator.validate(schedule, against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["optional_absent"] == 10)
    }

    @Test func optionalAbsentInOneOfTwoSlots() throws {
        let e = try Fixture.expanded {
            $0.partners[0].unavailable = unavailable("2022-06-07", ["evening"])
            $0.weights.optionalAbsent = 4
        }
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 4), against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["optional_absent"] == 4)
    }

    @Test func partnerPreferenceOncePerAttendeeAndMeeting() throws {
        // copil (Tue morning): caf prefers Monday afternoons, misses both: 1;
        // cd21 prefers mornings and afternoons: 0. atelier (Tue afternoon +
        // evening): msa prefers afternoons, the evening misses: 1; caf is
        // only optional there. visio (Wed morning): cd21: 0.
        let e = try Fixture.expanded {
            $0.partners[0].prefers = SlotPreference(days: [.mon], slots: ["afternoon"])
            $0.partners[1].prefers = SlotPreference(slots: ["morning", "afternoon"])
            $0.partners[2].prefers = SlotPreference(slots: ["afternoon"])
        }
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 2), against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["partner_preference"] == 2)
    }

    @Test func partnerPreferenceMetOnBothSlots() throws {
        let e = try Fixture.expanded {
            $0.partners[2].prefers = SlotPreference(days: [.tue], slots: ["afternoon", "evening"])
            $0.weights.partnerPreference = 3
        }
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        #expect(report.isValid, "\(report.violations)")
    }

    @Test func meetingPreferenceCountsEachUnmetItem() throws {
        // copil: Wednesday missed, morning met, mairie missed, early June missed: 3 × 5.
        // atelier: afternoon only, the evening misses: 5. visio: not in late June, met.
        let e = try Fixture.expanded {
            $0.periods = [
                NamedPeriod(id: "debut-juin", spans: [Fixture.span("2022-06-01", "2022-06-10")]),
                NamedPeriod(id: "fin-juin", spans: [Fixture.span("2022-06-20", "2022-06-30")]),
            ]
            var copil = MeetingPreference()
            copil.days = [.wed]
            copil.slots = ["morning"]
            copil.rooms = ["mairie"]
            copil.notIn = ["fin-juin", "debut-juin"]
            $0.meetings[0].prefer = copil
            var atelier = MeetingPreference()
            atelier.slots = ["afternoon"]
            $0.meetings[1].prefer = atelier
            var visio = MeetingPreference()
            visio.notIn = ["fin-juin"]
            $0.meetings[2].prefer = visio
        }
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 20), against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["meeting_preference"] == 20)
    }

    @Test func spacingDeviation() throws {
        let e = try Fixture.expanded {
            var series = MeetingSpec(id: "wg", title: "Groupe de travail")
            series.sessions = 3
            series.spacing = Spacing(minDays: 1, targetDays: 7)
            series.required = ["msa"]
            series.online = true
            $0.meetings.append(series)
        }
        // Gaps of 5 and 10 days: |5 − 7| + |10 − 7| = 5.
        let schedule = Fixture.base(e, objective: 5).adding(
            Fixture.place(e, "wg#1", "2022-06-15", "morning"), Fixture.place(e, "wg#2", "2022-06-20", "morning"),
            Fixture.place(e, "wg#3", "2022-06-30", "morning"))
        let report = ScheduleValidator.validate(schedule, against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["spacing_deviation"] == 5)
    }

    @Test func weightsOverrideTheDefaults() throws {
        let e = try Fixture.expanded {
            $0.partners[3].unavailable = unavailable("2022-06-07", ["morning"])
            $0.partners[0].prefers = SlotPreference(days: [.mon])
            $0.weights.optionalAbsent = 2
            $0.weights.partnerPreference = 7
        }
        let report = ScheduleValidator.validate(Fixture.base(e, objective: 9), against: e)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["optional_absent"] == 2)
        #expect(report.breakdown["partner_preference"] == 7)
    }

    @Test func boundAboveTheObjective() throws {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e)
        schedule.bound = 5
        expectOnly(0, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func optimalNeedsTheBoundToMeetTheObjective() throws {
        let e = try Fixture.expanded { $0.partners[3].unavailable = unavailable("2022-06-07", ["morning"]) }
        var schedule = Fixture.base(e, objective: 10)
        schedule.bound = 5
        #expect(ScheduleValidator.validate(schedule, against: e).isValid)
        schedule.status = .optimal
        expectOnly(0, ScheduleValidator.validate(schedule, against: e))
        schedule.bound = 10
        #expect(ScheduleValidator.validate(schedule, against: e).isValid)
    }
}
