import Foundation
import Testing

@testable import CTGCore
@testable import CTGValidation

/// What the file says about each meeting besides its place must be what
/// the instance implies (constraint 0).
@Suite struct ValidatorFileTests {
    @Test func unknownMeeting() throws {
        let e = try Fixture.expanded()
        var ghost = Fixture.place(e, "visio", "2022-06-09", "morning")
        ghost.meeting = "ghost"
        let report = ScheduleValidator.validate(Fixture.base(e).adding(ghost), against: e)
        expectOnly(0, report)
        #expect(report.violations.map(\.meeting) == ["ghost"])
    }

    @Test func startAndEndMustBeTheSlotsInstants() throws {
        let e = try Fixture.expanded()
        let start = Fixture.base(e).editing("copil") { $0.start = "2022-06-07T09:30:00+01:00" }
        expectOnly(0, ScheduleValidator.validate(start, against: e))
        let end = Fixture.base(e).editing("atelier") { $0.end = "2022-06-07T16:30:00+02:00" }
        expectOnly(0, ScheduleValidator.validate(end, against: e))
    }

    @Test func offsetsFollowDaylightSavingTime() throws {
        // Paris leaves summer time on Sunday 30 October 2022.
        let e = try Fixture.expanded {
            $0.horizon = Fixture.span("2022-10-24", "2022-11-04")
            $0.meetings.removeFirst(2)
        }
        let before = Fixture.place(e, "visio", "2022-10-28", "morning")
        let after = Fixture.place(e, "visio", "2022-10-31", "evening")
        #expect(before.start == "2022-10-28T09:30:00+02:00")
        #expect(after.end == "2022-10-31T20:30:00+01:00")
        #expect(ScheduleValidator.validate(Fixture.schedule(e, [after]), against: e).isValid)
        let summerOffset = Fixture.schedule(e, [after]).editing("visio") { $0.start = "2022-10-31T18:30:00+02:00" }
        expectOnly(0, ScheduleValidator.validate(summerOffset, against: e))
    }

    @Test func titleMustMatch() throws {
        let e = try Fixture.expanded()
        expectOnly(0, ScheduleValidator.validate(Fixture.base(e).editing("copil") { $0.title = "COPIL" }, against: e))
    }

    @Test func attendeesInTheExpansionsOrder() throws {
        let e = try Fixture.expanded()
        let reversed = Fixture.base(e).editing("copil") { $0.required = ["cd21", "caf"] }
        expectOnly(0, ScheduleValidator.validate(reversed, against: e))
        let optional = Fixture.base(e).editing("copil") { $0.optional = [] }
        expectOnly(0, ScheduleValidator.validate(optional, against: e))
    }

    @Test func attendeesThroughGroups() throws {
        // A group expands to its members, in partner order; a partner both
        // required and optional is required.
        let e = try Fixture.expanded {
            $0.groups = [Group(id: "copil-members", members: ["cd21", "caf"])]
            $0.meetings[0].required = ["copil-members"]
            $0.meetings[0].optional = ["dgs", "caf"]
        }
        #expect(ScheduleValidator.validate(Fixture.base(e), against: e).isValid)
        #expect(Fixture.base(e).assignments[0].required == ["caf", "cd21"])
    }

    @Test func siteIsTheRoomsSite() throws {
        let e = try Fixture.expanded()
        let wrong = Fixture.base(e).editing("copil") { $0.site = "Dijon" }
        expectOnly(0, ScheduleValidator.validate(wrong, against: e))
        let withoutRoom = Fixture.base(e).editing("visio") { $0.site = "Dijon" }
        expectOnly(0, ScheduleValidator.validate(withoutRoom, against: e))
    }

    @Test func uidAndSequenceOfAFirstSchedule() throws {
        let e = try Fixture.expanded()
        expectOnly(0, ScheduleValidator.validate(Fixture.base(e).editing("copil") { $0.uid = "x@y" }, against: e))
        expectOnly(0, ScheduleValidator.validate(Fixture.base(e).editing("copil") { $0.sequence = 1 }, against: e))
    }

    @Test func instanceName() throws {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e)
        schedule.instance = "another"
        expectOnly(0, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func cancelledMeetingOfTheInstance() throws {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e)
        schedule.cancelled = [Cancellation(meeting: "visio", uid: "u", sequence: 1)]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e))
    }

    @Test func violationsNameRuleMeetingAndSlot() throws {
        let e = try Fixture.expanded {
            $0.partners[0].unavailable = [
                AvailabilityRule(scope: .date(Fixture.date("2022-06-07")), slots: ["morning"])
            ]
        }
        let violation = try #require(ScheduleValidator.validate(Fixture.base(e), against: e).violations.first)
        #expect(
            violation.description == "constraint 3: copil (2022-06-07 morning): required attendee caf is unavailable")
    }
}
