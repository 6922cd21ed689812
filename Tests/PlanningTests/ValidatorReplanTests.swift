import Foundation
import Testing

@testable import CTGCore
@testable import CTGValidation

/// The re-planning rules: frozen meetings, moves, uids, sequences and cancellations.
@Suite struct ValidatorReplanTests {
    /// 7 June 12:30 in Paris: copil (09:30) has started, atelier (14:00) and visio (8 June) have not.
    let noon = ISO8601DateFormatter().date(from: "2022-06-07T10:30:00Z")!
    /// 8 June 12:00 in Paris: all three have started.
    let nextNoon = ISO8601DateFormatter().date(from: "2022-06-08T10:00:00Z")!

    private func rules(_ e: ExpandedInstance, now: Date? = nil) -> ReplanRules {
        ReplanRules(previous: Fixture.base(e), now: now ?? noon)
    }

    @Test func unchangedReplanIsValid() throws {
        let e = try Fixture.expanded()
        let report = ScheduleValidator.validate(Fixture.base(e), against: e, replan: rules(e))
        #expect(report.isValid, "\(report.violations)")
    }

    @Test func frozenMeetingMoved() throws {
        let e = try Fixture.expanded()
        var moved = Fixture.place(e, "copil", "2022-06-06", "morning", room: "salle-conseil")
        moved.sequence = 1
        let report = ScheduleValidator.validate(Fixture.base(e).replacing(moved), against: e, replan: rules(e))
        expectOnly(9, report)
        #expect(report.violations.first?.message.contains("started before now") == true)
        #expect(report.breakdown["moved"] == 0)
    }

    @Test func frozenMeetingChangedRoom() throws {
        let e = try Fixture.expanded {
            var annexe = Room(id: "annexe", site: "Is-sur-Tille", capacity: 20)
            annexe.features = ["accessible"]
            $0.rooms.append(annexe)
        }
        var moved = Fixture.place(e, "copil", "2022-06-07", "morning", room: "annexe")
        moved.sequence = 1
        expectOnly(9, ScheduleValidator.validate(Fixture.base(e).replacing(moved), against: e, replan: rules(e)))
    }

    @Test func frozenMeetingNowInvalidButUnmovedIsKept() throws {
        // Since the first plan, caf became unavailable on 7 June and copil's
        // window moved on: copil took place all the same.
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded {
            $0.partners[0].unavailable = [
                AvailabilityRule(scope: .date(Fixture.date("2022-06-07")), slots: ["morning"])
            ]
            $0.meetings[0].window = Fixture.span("2022-06-10", "2022-06-30")
        }
        let schedule = Fixture.base(previous)
        #expect(ScheduleValidator.validate(schedule, against: e).constraints == [2, 3])
        let report = ScheduleValidator.validate(schedule, against: e, replan: rules(previous))
        #expect(report.isValid, "\(report.violations)")
    }

    @Test func frozenMeetingKeepsItsSlotsWhenTheDurationChanged() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.meetings[0].duration = 2 }
        let report = ScheduleValidator.validate(Fixture.base(previous), against: e, replan: rules(previous))
        #expect(report.isValid, "\(report.violations)")
    }

    @Test func movedMeetingCostsAndBumpsItsSequence() throws {
        let e = try Fixture.expanded()
        var moved = Fixture.place(e, "atelier", "2022-06-08", "afternoon", room: "mairie")
        moved.sequence = 1
        let schedule = Fixture.base(e, objective: 100).replacing(moved)
        let report = ScheduleValidator.validate(schedule, against: e, replan: rules(e))
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["moved"] == 100)

        moved.sequence = 0
        let notBumped = ScheduleValidator.validate(schedule.replacing(moved), against: e, replan: rules(e))
        expectOnly(0, notBumped)
        #expect(notBumped.violations.first?.message.contains("sequence") == true)
    }

    @Test func sequenceBumpedWithoutAChange() throws {
        let e = try Fixture.expanded()
        let schedule = Fixture.base(e).editing("visio") { $0.sequence = 1 }
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: rules(e)))
    }

    @Test func uidIsKeptFromThePreviousSchedule() throws {
        let e = try Fixture.expanded()
        var previous = Fixture.base(e)
        previous.assignments[2].uid = "visio-from-an-earlier-name@ctg-planner"
        let replan = ReplanRules(previous: previous, now: noon)
        expectOnly(0, ScheduleValidator.validate(Fixture.base(e), against: e, replan: replan))
        let kept = Fixture.base(e).editing("visio") { $0.uid = "visio-from-an-earlier-name@ctg-planner" }
        #expect(ScheduleValidator.validate(kept, against: e, replan: replan).isValid)
    }

    @Test func roomChangedCosts() throws {
        let e = try Fixture.expanded()
        var changed = Fixture.place(e, "atelier", "2022-06-07", "afternoon", room: "salle-conseil")
        changed.sequence = 1
        let report = ScheduleValidator.validate(
            Fixture.base(e, objective: 20).replacing(changed), against: e, replan: rules(e))
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["room_changed"] == 20)
    }

    @Test func roomToNoneCountsAsRoomChanged() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.meetings[1].online = true }
        var online = Fixture.place(e, "atelier", "2022-06-07", "afternoon")
        online.sequence = 1
        let report = ScheduleValidator.validate(
            Fixture.base(e, objective: 20).replacing(online), against: e, replan: rules(previous))
        #expect(report.isValid, "\(report.violations)")
        #expect(report.breakdown["room_changed"] == 20)
    }

    @Test func previousSlotGoneCountsAsMoved() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.calendar.slots[0].id = "matin" }
        let visio = Fixture.place(e, "visio", "2022-06-08", "matin")
        let schedule = Fixture.schedule(
            e,
            [
                Fixture.place(previous, "copil", "2022-06-07", "morning", room: "salle-conseil"),
                Fixture.place(e, "atelier", "2022-06-07", "afternoon", room: "mairie"), visio,
            ], objective: 100)
        let report = ScheduleValidator.validate(schedule, against: e, replan: rules(previous))
        // copil is frozen in its old slot; visio, same date and time, pays a move.
        #expect(report.violations == [], "\(report.violations)")
        #expect(report.breakdown["moved"] == 100)
    }

    @Test func goneMeetingMustBeCancelled() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.meetings.removeLast() }
        var schedule = Fixture.schedule(e, Array(Fixture.baseAssignments(previous).prefix(2)))
        let missing = ScheduleValidator.validate(schedule, against: e, replan: rules(previous))
        expectOnly(0, missing)
        #expect(missing.violations.map(\.meeting) == ["visio"])

        let uid = Fixture.base(previous).assignments[2].uid
        schedule.cancelled = [Cancellation(meeting: "visio", uid: uid, sequence: 0)]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: rules(previous)))
        schedule.cancelled = [Cancellation(meeting: "visio", uid: uid, sequence: 1, title: "Point visio")]
        #expect(ScheduleValidator.validate(schedule, against: e, replan: rules(previous)).isValid)
        schedule.cancelled = [Cancellation(meeting: "visio", uid: uid, sequence: 1, start: "2022-06-09T09:30:00+02:00")]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: rules(previous)))
    }

    @Test func goneFrozenMeetingIsDropped() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.meetings.removeLast() }
        var schedule = Fixture.schedule(e, Array(Fixture.baseAssignments(previous).prefix(2)))
        let replan = ReplanRules(previous: Fixture.base(previous), now: nextNoon)
        #expect(ScheduleValidator.validate(schedule, against: e, replan: replan).isValid)
        schedule.cancelled = [
            Cancellation(meeting: "visio", uid: Fixture.base(previous).assignments[2].uid, sequence: 1)
        ]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: replan))
    }

    @Test func cancellationsAreCarriedOver() throws {
        let e = try Fixture.expanded()
        var previous = Fixture.base(e)
        previous.cancelled = [Cancellation(meeting: "bilan", uid: "bilan-1@ctg-planner", sequence: 2)]
        let replan = ReplanRules(previous: previous, now: noon)
        var schedule = Fixture.base(e)
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: replan))
        schedule.cancelled = [Cancellation(meeting: "bilan", uid: "bilan-1@ctg-planner", sequence: 3)]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: replan))
        schedule.cancelled = previous.cancelled
        #expect(ScheduleValidator.validate(schedule, against: e, replan: replan).isValid)
    }

    @Test func unexplainedCancellation() throws {
        let e = try Fixture.expanded()
        var schedule = Fixture.base(e)
        schedule.cancelled = [Cancellation(meeting: "bilan", uid: "bilan-1@ctg-planner", sequence: 1)]
        expectOnly(0, ScheduleValidator.validate(schedule, against: e, replan: rules(e)))
    }

    @Test func cancelledMeetingScheduledAgain() throws {
        let e = try Fixture.expanded()
        var previous = Fixture.base(e)
        let visio = previous.assignments.removeLast()
        previous.cancelled = [Cancellation(meeting: "visio", uid: visio.uid, sequence: 1)]
        let replan = ReplanRules(previous: previous, now: noon)
        let schedule = Fixture.base(e).editing("visio") { $0.sequence = 2 }
        #expect(ScheduleValidator.validate(schedule, against: e, replan: replan).isValid)
        expectOnly(0, ScheduleValidator.validate(Fixture.base(e), against: e, replan: replan))
    }

    @Test func newMeetingGetsAFreshUidAndSequenceZero() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded {
            var bilan = MeetingSpec(id: "bilan", title: "Bilan")
            bilan.required = ["msa"]
            bilan.online = true
            $0.meetings.append(bilan)
        }
        let schedule = Fixture.schedule(
            e, Fixture.baseAssignments(e) + [Fixture.place(e, "bilan", "2022-06-09", "morning")])
        #expect(ScheduleValidator.validate(schedule, against: e, replan: rules(previous)).isValid)
        let bumped = schedule.editing("bilan") { $0.sequence = 1 }
        expectOnly(0, ScheduleValidator.validate(bumped, against: e, replan: rules(previous)))
    }

    @Test func movableMeetingMustNotClashWithAFrozenOne() throws {
        let e = try Fixture.expanded()
        var visio = Fixture.place(e, "visio", "2022-06-07", "morning")
        visio.sequence = 1
        let report = ScheduleValidator.validate(
            Fixture.base(e, objective: 100).replacing(visio), against: e, replan: rules(e))
        expectOnly(4, report)
    }

    @Test func rulesBetweenFrozenMeetingsOnlyAreWaived() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded { $0.partners[1].maxPerWeek = 1 }
        let replan = ReplanRules(previous: Fixture.base(previous), now: nextNoon)
        #expect(ScheduleValidator.validate(Fixture.base(e), against: e, replan: replan).isValid)
        #expect(ScheduleValidator.validate(Fixture.base(e), against: e, replan: rules(previous)).constraints == [5])
    }

    @Test func loadExcessWithAMovableMeetingCounts() throws {
        let previous = try Fixture.expanded()
        let e = try Fixture.expanded {
            $0.partners[1].maxPerWeek = 2
            var bilan = MeetingSpec(id: "bilan", title: "Bilan")
            bilan.required = ["cd21"]
            bilan.online = true
            $0.meetings.append(bilan)
        }
        let replan = ReplanRules(previous: Fixture.base(previous), now: nextNoon)
        let schedule = Fixture.schedule(
            e, Fixture.baseAssignments(e) + [Fixture.place(e, "bilan", "2022-06-09", "morning")])
        let report = ScheduleValidator.validate(schedule, against: e, replan: replan)
        expectOnly(5, report)
        #expect(report.violations.map(\.meeting) == ["bilan"])
    }
}
