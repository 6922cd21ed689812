import Foundation
import Testing

@testable import CTGCore
@testable import CTGValidation

/// One valid schedule, then one change per rule that must be rejected
/// under the right constraint number.
@Suite struct ValidatorHardConstraintTests {
    @Test func baseScheduleIsValid() throws {
        let e = try Fixture.expanded()
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        #expect(report.violations == [])
        #expect(report.objective == 0)
        #expect(report.objectiveMatches)
        #expect(report.isValid)
    }

    // MARK: 1. One date and start slot, duration consecutive slots

    @Test func missingMeeting() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.schedule(e, Array(Fixture.baseAssignments(e).prefix(2)))
        let report = ScheduleValidator.validate(schedule, against: e)
        expectOnly(1, report)
        #expect(report.violations.first?.meeting == "visio")
    }

    @Test func meetingAssignedTwice() throws {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e)
        schedule.assignments.append(Fixture.place(e, "visio", "2022-06-09", "morning"))
        expectOnly(1, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func unknownSlot() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).editing("visio") {
            $0.slot = "night"
            $0.slots = ["night"]
        }
        expectOnly(1, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func slotsAreNotTheDurationsConsecutiveSlots() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).editing("atelier") { $0.slots = ["afternoon"] }
        expectOnly(1, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func durationRunsPastTheDay() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "atelier", "2022-06-07", "evening", room: "mairie"))
        expectOnly(1, ScheduleValidator.validate(schedule, against: e))
    }

    // MARK: 2. Candidate slots

    @Test(arguments: [
        ("2022-06-11", "saturday"), ("2022-07-01", "outside the horizon"),
    ])
    func visioOnADateThatIsNoCandidate(day: String, why: String) throws {
        let e = try Fixture.expanded()
        let report = ScheduleValidator.validate(
            Fixture.base(e).replacing(Fixture.place(e, "visio", day, "morning")), against: e)
        expectOnly(2, report)
    }

    @Test func outsideTheMeetingsWindow() throws {
        let e = try Fixture.expanded { $0.meetings[2].window = Fixture.span("2022-06-10", "2022-06-30") }
        expectOnly(2, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func outsideThePhaseWindow() throws {
        let e = try Fixture.expanded {
            var phase = Phase(id: "diagnostic")
            phase.window = Fixture.span("2022-06-01", "2022-06-05")
            $0.phases = [phase]
            $0.meetings[2].phase = "diagnostic"
        }
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        expectOnly(2, report)
        #expect(report.violations.first?.message.contains("phase diagnostic") == true)
    }

    @Test func onAFrenchPublicHoliday() throws {
        // 6 June 2022 is Whit Monday.
        let e = try Fixture.expanded { $0.calendar.holidays = .fr }
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "visio", "2022-06-06", "morning"))
        expectOnly(2, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func onAClosureDate() throws {
        let e = try Fixture.expanded {
            $0.periods = [NamedPeriod(id: "pont", spans: [Fixture.span("2022-06-08", "2022-06-08")])]
            $0.calendar.closures = ["pont"]
        }
        expectOnly(2, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func inAnAvoidedPeriod() throws {
        let e = try Fixture.expanded {
            $0.periods = [NamedPeriod(id: "pont", spans: [Fixture.span("2022-06-08", "2022-06-08")])]
            $0.meetings[2].avoid = ["pont"]
        }
        expectOnly(2, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func slotNotAllowed() throws {
        let e = try Fixture.expanded { $0.meetings[2].slots = ["afternoon"] }
        expectOnly(2, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func secondSlotNotAllowed() throws {
        let e = try Fixture.expanded { $0.meetings[1].slots = ["morning", "afternoon"] }
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "atelier", "2022-06-08", "morning", room: "mairie"))
        #expect(ScheduleValidator.validate(schedule, against: e).isValid)
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        expectOnly(2, report)
        #expect(report.violations.map(\.slot) == ["2022-06-07 evening"])
    }

    @Test func weekdayNotAllowed() throws {
        let e = try Fixture.expanded { $0.meetings[2].days = [.thu] }
        expectOnly(2, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    // MARK: 3. Required attendees available

    @Test func requiredAttendeeUnavailable() throws {
        let e = try Fixture.expanded {
            $0.partners[0].unavailable = [
                AvailabilityRule(scope: .date(Fixture.date("2022-06-07")), slots: ["morning"])
            ]
        }
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        expectOnly(3, report)
        #expect(report.violations.map(\.meeting) == ["copil"])
        #expect(report.violations.map(\.slot) == ["2022-06-07 morning"])
    }

    // MARK: 4. No partner at two meetings at once

    @Test func partnerRequiredAtTwoMeetingsAtOnce() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "visio", "2022-06-07", "morning"))
        let report = ScheduleValidator.validate(schedule, against: e)
        expectOnly(4, report)
        #expect(report.violations.count == 1)
        #expect(report.violations.first?.message.contains("cd21") == true)
    }

    // MARK: 5. Load

    @Test func maxPerDay() throws {
        let e = try Fixture.expanded { $0.partners[1].maxPerDay = 1 }
        #expect(ScheduleValidator.validate(Fixture.base(e), against: e).isValid)
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "visio", "2022-06-07", "evening"))
        expectOnly(5, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func maxPerWeekCountsISOWeeks() throws {
        let e = try Fixture.expanded { $0.partners[1].maxPerWeek = 1 }
        expectOnly(5, ScheduleValidator.validate(Fixture.base(e), against: e))
        // Monday 13 June starts the next ISO week.
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "visio", "2022-06-13", "morning"))
        #expect(ScheduleValidator.validate(schedule, against: e).isValid)
    }

    // MARK: 6. Rooms

    @Test func roomLacksANeededFeature() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "copil", "2022-06-07", "morning", room: "mairie"))
        expectOnly(6, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func roomTooSmall() throws {
        let e = try Fixture.expanded { $0.meetings[1].participants = 12 }
        expectOnly(6, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func roomNotAmongTheMeetingsRooms() throws {
        let e = try Fixture.expanded { $0.meetings[1].rooms = ["salle-conseil"] }
        expectOnly(6, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func roomNotAmongTheMeetingsSites() throws {
        let e = try Fixture.expanded { $0.meetings[1].sites = ["Is-sur-Tille"] }
        expectOnly(6, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func roomUnavailable() throws {
        let e = try Fixture.expanded {
            $0.rooms[1].unavailable = [AvailabilityRule(scope: .weekday(.tue), slots: ["evening"])]
        }
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        expectOnly(6, report)
        #expect(report.violations.map(\.slot) == ["2022-06-07 evening"])
    }

    @Test func twoMeetingsInOneRoom() throws {
        let e = try Fixture.expanded {
            $0.meetings[2].online = false
            $0.meetings[2].required = ["msa"]
        }
        let schedule = Fixture.base(e).replacing(
            Fixture.place(e, "visio", "2022-06-07", "morning", room: "salle-conseil"))
        let report = ScheduleValidator.validate(schedule, against: e)
        expectOnly(6, report)
        #expect(report.violations.count == 1)
    }

    @Test func onlineMeetingWithARoom() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "visio", "2022-06-08", "morning", room: "mairie"))
        expectOnly(6, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func meetingWithoutARoom() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "copil", "2022-06-07", "morning"))
        expectOnly(6, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func unknownRoom() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "copil", "2022-06-07", "morning", room: "grange"))
        expectOnly(6, ScheduleValidator.validate(schedule, against: e))
    }

    // MARK: 7. Orders

    @Test func afterWithNoDaysNeedsTheEndOfTheFirst() throws {
        let e = try Fixture.expanded()
        let sameSlot = Fixture.base(e).replacing(Fixture.place(e, "atelier", "2022-06-07", "morning", room: "mairie"))
        expectOnly(7, ScheduleValidator.validate(sameSlot, against: e))
        let dayBefore = Fixture.base(e).replacing(
            Fixture.place(e, "atelier", "2022-06-06", "afternoon", room: "mairie"))
        expectOnly(7, ScheduleValidator.validate(dayBefore, against: e))
    }

    @Test func afterWithMinAndMaxDays() throws {
        let e = try Fixture.expanded { $0.meetings[1].after = [Precedence(meeting: "copil", minDays: 2, maxDays: 5)] }
        expectOnly(7, ScheduleValidator.validate(Fixture.base(e), against: e))
        let inRange = Fixture.base(e).replacing(Fixture.place(e, "atelier", "2022-06-09", "morning", room: "mairie"))
        #expect(ScheduleValidator.validate(inRange, against: e).isValid)
        let tooLate = Fixture.base(e).replacing(Fixture.place(e, "atelier", "2022-06-14", "morning", room: "mairie"))
        expectOnly(7, ScheduleValidator.validate(tooLate, against: e))
    }

    @Test func seriesSpacing() throws {
        let e = try Fixture.expanded {
            var series = MeetingSpec(id: "wg", title: "Groupe de travail")
            series.sessions = 2
            series.spacing = Spacing(minDays: 7)
            series.required = ["msa"]
            series.online = true
            $0.meetings.append(series)
        }
        let close = Fixture.base(e).adding(
            Fixture.place(e, "wg#1", "2022-06-13", "morning"), Fixture.place(e, "wg#2", "2022-06-15", "morning"))
        let report = ScheduleValidator.validate(close, against: e)
        expectOnly(7, report)
        #expect(report.violations.map(\.meeting) == ["wg#2"])
        let apart = Fixture.base(e).adding(
            Fixture.place(e, "wg#1", "2022-06-13", "morning"), Fixture.place(e, "wg#2", "2022-06-20", "morning"))
        #expect(ScheduleValidator.validate(apart, against: e).isValid)
    }

    @Test func phaseOrder() throws {
        let e = try Fixture.expanded {
            var later = Phase(id: "restitution")
            later.after = ["diagnostic"]
            $0.phases = [Phase(id: "diagnostic"), later]
            $0.meetings[0].phase = "restitution"
            $0.meetings[2].phase = "diagnostic"
        }
        let report = ScheduleValidator.validate(Fixture.base(e), against: e)
        expectOnly(7, report)
        #expect(report.violations.map(\.meeting) == ["copil"])
    }

    // MARK: 8. distinct_sites

    @Test func distinctSites() throws {
        let e = try Fixture.expanded {
            var tour = MeetingSpec(id: "tour", title: "Tour des communes")
            tour.sessions = 2
            tour.required = ["msa"]
            tour.distinctSites = true
            $0.meetings.append(tour)
        }
        let same = Fixture.base(e).adding(
            Fixture.place(e, "tour#1", "2022-06-13", "morning", room: "salle-conseil"),
            Fixture.place(e, "tour#2", "2022-06-20", "morning", room: "salle-conseil"))
        expectOnly(8, ScheduleValidator.validate(same, against: e))
        let different = same.replacing(Fixture.place(e, "tour#2", "2022-06-20", "morning", room: "mairie"))
        #expect(ScheduleValidator.validate(different, against: e).isValid)
    }

    // MARK: 9. Pins

    @Test func pinnedDateAndSlot() throws {
        let e = try Fixture.expanded { $0.meetings[0].fixed = Pin(date: Fixture.date("2022-06-07"), slot: "afternoon") }
        expectOnly(9, ScheduleValidator.validate(Fixture.base(e), against: e))
    }

    @Test func pinnedRoom() throws {
        let e = try Fixture.expanded {
            var annexe = Room(id: "annexe", site: "Is-sur-Tille", capacity: 20)
            annexe.features = ["accessible"]
            $0.rooms.append(annexe)
            $0.meetings[0].fixed = Pin(date: Fixture.date("2022-06-07"), slot: "morning", room: "salle-conseil")
        }
        #expect(ScheduleValidator.validate(Fixture.base(e), against: e).isValid)
        let schedule = Fixture.base(e).replacing(Fixture.place(e, "copil", "2022-06-07", "morning", room: "annexe"))
        expectOnly(9, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func everyViolationIsListed() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e)
            .replacing(Fixture.place(e, "copil", "2022-06-11", "morning", room: "mairie"))
            .replacing(Fixture.place(e, "visio", "2022-06-07", "afternoon", room: "mairie"))
        let report = ScheduleValidator.validate(schedule, against: e)
        // copil on a Saturday, in a room without the needed feature, after
        // atelier; visio online but in a room, which atelier already holds.
        #expect(report.constraints.isSuperset(of: [2, 6, 7]))
        #expect(report.violations.count >= 4)
        #expect(report.violations.map(\.constraint) == report.violations.map(\.constraint).sorted())
    }
}

extension Schedule {
    func adding(_ assignments: Assignment...) -> Schedule {
        var copy = self
        copy.assignments += assignments
        return copy
    }
}
