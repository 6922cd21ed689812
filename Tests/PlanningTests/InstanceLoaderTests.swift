import Foundation
import Testing

@testable import CTGCore

@Suite("Loading valid instances")
struct InstanceLoaderTests {
    static func load(_ relativePath: String) throws -> Instance {
        try InstanceLoader.load(path: packageRoot.appendingPathComponent(relativePath).path)
    }

    @Test func fullInstanceReadsEveryField() throws {
        let instance = try Self.load("instances/valid/full.yaml")
        #expect(instance.version == 1)
        #expect(instance.name == "CTG Communauté de communes des Vallées de la Tille")
        #expect(instance.timeZone.identifier == "Europe/Paris")
        #expect(instance.horizon == DateSpan(from: LocalDate("2022-06-01")!, to: LocalDate("2023-04-30")!))
        #expect(instance.organizer == Organizer(name: "Service CTG", email: "ctg@cc-tille.example"))
        #expect(instance.reminderMinutes == 1440)
        #expect(instance.sourcePath?.hasSuffix("instances/valid/full.yaml") == true)

        let calendar = instance.calendar
        #expect(calendar.days == [.mon, .tue, .wed, .thu, .fri, .sat])
        #expect(calendar.slots.map(\.id) == ["morning", "afternoon", "evening"])
        #expect(calendar.slots[1].start == LocalTime(hour: 14, minute: 0))
        #expect(calendar.slots[2].end == LocalTime(hour: 20, minute: 30))
        #expect(calendar.holidays == .fr)
        #expect(calendar.closures == ["summer", "christmas"])

        #expect(instance.periods.map(\.id) == ["summer", "christmas", "school-holidays"])
        #expect(
            instance.periods[2].spans == [
                DateSpan(from: LocalDate("2022-10-22")!, to: LocalDate("2022-11-06")!),
                DateSpan(date: LocalDate("2023-02-06")!),
            ])
        #expect(instance.periods[0].location?.line == 23)

        #expect(instance.phases.map(\.id) == ["diagnostic", "participation", "seminar"])
        #expect(instance.phases[0].name == "Diagnostic partagé")
        #expect(instance.phases[0].window == DateSpan(from: LocalDate("2022-06-01")!, to: LocalDate("2022-10-15")!))
        #expect(instance.phases[1].name == "participation")
        #expect(instance.phases[2].after == ["diagnostic", "participation"])
        #expect(instance.phases[2].gapDays == 7)

        #expect(instance.groups.map(\.id) == ["copil", "bureau"])
        #expect(instance.groups[0].members == ["caf", "cd21", "bureau"])
        #expect(instance.partnerIDs(expanding: ["copil", "kpmg"]) == ["caf", "cd21", "cc-president", "dgs", "kpmg"])
    }

    @Test func fullInstanceReadsPartnersAndRooms() throws {
        let instance = try Self.load("instances/valid/full.yaml")
        let caf = try #require(instance.partners.first)
        #expect(caf.id == "caf")
        #expect(caf.name == "CAF de la Côte-d'Or")
        #expect(caf.email == "ctg@caf21.example")
        #expect(caf.busy == "calendars/caf.ics")
        #expect(caf.busyLocation?.line == 56)
        #expect(caf.maxPerWeek == 2)
        #expect(caf.maxPerDay == 1)
        #expect(caf.prefers == SlotPreference(days: [.tue, .thu], slots: ["morning"]))
        #expect(caf.location?.line == 44)
        let june = { (day: Int) in LocalDate(year: 2022, month: 6, day: day)! }
        #expect(
            caf.unavailable == [
                AvailabilityRule(scope: .date(june(3))),
                AvailabilityRule(scope: .date(june(7)), slots: ["morning"]),
                AvailabilityRule(scope: .span(DateSpan(from: LocalDate("2022-08-01")!, to: LocalDate("2022-08-31")!))),
                AvailabilityRule(
                    scope: .span(DateSpan(from: LocalDate("2022-09-01")!, to: LocalDate("2022-09-02")!)),
                    slots: ["evening"]),
                AvailabilityRule(scope: .weekday(.wed)),
                AvailabilityRule(scope: .weekday(.fri), slots: ["afternoon", "evening"]),
                AvailabilityRule(scope: .period("school-holidays")),
                AvailabilityRule(scope: .period("christmas"), slots: ["morning"]),
            ])
        let cd21 = instance.partners[1]
        #expect(cd21.name == "cd21")
        #expect(cd21.email == nil && cd21.busy == nil && cd21.maxPerWeek == nil && cd21.prefers == nil)
        #expect(cd21.unavailable.isEmpty)

        #expect(instance.rooms.map(\.id) == ["salle-conseil", "mairie-is", "salle-selongey"])
        let conseil = instance.rooms[0]
        #expect(conseil.name == "Salle du conseil communautaire")
        #expect(conseil.site == "Is-sur-Tille")
        #expect(conseil.address == "1 place de la Mairie, 21120 Is-sur-Tille")
        #expect(conseil.capacity == 40)
        #expect(conseil.features == ["accessible", "projector", "visio"])
        #expect(conseil.unavailable == [AvailabilityRule(scope: .weekday(.mon))])
        #expect(instance.rooms[2].name == "salle-selongey")
        #expect(instance.rooms[2].site == "salle-selongey")
        #expect(instance.rooms[2].features.isEmpty)
    }

    @Test func fullInstanceReadsMeetings() throws {
        let instance = try Self.load("instances/valid/full.yaml")
        #expect(instance.meetings.map(\.id) == ["copil", "kickoff", "visio-caf", "atelier"])
        let copil = instance.meetings[0]
        #expect(copil.title == "Comité de pilotage CTG")
        #expect(copil.kind == .committee)  // through the merge key
        #expect(copil.phase == "diagnostic")
        #expect(copil.sessions == 4)
        #expect(copil.sessionIDs == ["copil#1", "copil#2", "copil#3", "copil#4"])
        #expect(copil.spacing == Spacing(minDays: 35, maxDays: 90, targetDays: 60))
        #expect(copil.duration == 1)
        #expect(copil.required == ["copil", "kpmg"])
        #expect(copil.optional == ["dgs"])
        #expect(copil.participants == 25)
        #expect(copil.needs == ["accessible"])
        #expect(copil.rooms == ["salle-conseil", "mairie-is"])
        #expect(copil.sites == ["Is-sur-Tille"])
        #expect(copil.online == false)
        #expect(copil.distinctSites == false)
        #expect(copil.days == [.tue, .thu])
        #expect(copil.slots == ["morning", "afternoon"])
        #expect(copil.window == DateSpan(from: LocalDate("2022-06-01")!, to: LocalDate("2022-07-13")!))
        #expect(copil.avoid == ["school-holidays"])
        var preference = MeetingPreference()
        preference.days = [.tue]
        preference.slots = ["morning"]
        preference.rooms = ["salle-conseil"]
        preference.notIn = ["school-holidays"]
        #expect(copil.prefer == preference)
        #expect(copil.after.map(\.meeting) == ["kickoff"])
        #expect(copil.after[0].minDays == 7 && copil.after[0].maxDays == 60)
        #expect(copil.after[0].location?.line == 102)
        #expect(copil.fixed == nil)
        #expect(copil.purpose == "Piloter la démarche CTG")
        #expect(copil.url == nil)
        #expect(copil.location?.line == 82)

        #expect(copil.overrides.map(\.session) == ["copil#1", "copil#3"])
        let first = copil.overrides[0].override
        #expect(first.fixed?.date == LocalDate("2022-06-21"))
        #expect(first.fixed?.slot == "morning")
        #expect(first.fixed?.room == "salle-conseil")
        #expect(first.window == nil && first.slots == nil && first.days == nil && first.title == nil)
        let third = copil.overrides[1].override
        #expect(third.window == DateSpan(from: LocalDate("2022-09-01")!, to: LocalDate("2022-09-30")!))
        #expect(third.slots == ["afternoon"])
        #expect(third.days == [.thu])
        #expect(third.title == "Comité de pilotage — restitution")
        #expect(third.fixed == nil)

        let kickoff = instance.meetings[1]
        #expect(kickoff.kind == .seminar)
        #expect(kickoff.duration == 2)
        #expect(kickoff.fixed?.date == LocalDate("2022-06-02"))
        #expect(kickoff.fixed?.room == "salle-selongey")
        #expect(kickoff.fixed?.location?.line == 115)

        let visio = instance.meetings[2]
        #expect(visio.kind == .workingGroup)
        #expect(visio.online)
        #expect(visio.url == "https://visio.example/ctg")
        #expect(visio.after.map(\.meeting) == ["copil#2", "copil"])
        #expect(visio.fixed == Pin(date: LocalDate("2022-10-04")!, slot: "evening").located(at: visio.fixed?.location))

        let atelier = instance.meetings[3]
        #expect(atelier.kind == .workshop)
        #expect(atelier.distinctSites)
        #expect(atelier.spacing == Spacing(minDays: 1, maxDays: nil, targetDays: nil))
        #expect(kickoff.spacing == nil)

        #expect(instance.weights.optionalAbsent == 12)
        #expect(instance.weights.partnerPreference == 2)
        #expect(instance.weights.meetingPreference == 6)
        #expect(instance.weights.spacingDeviation == 3)
        #expect(instance.weights.moved == 150)
        #expect(instance.weights.roomChanged == 30)
    }

    @Test func minimalInstanceGetsEveryDefault() throws {
        let instance = try Self.load("instances/valid/minimal.yaml")
        #expect(instance.timeZone.identifier == "Europe/Paris")
        #expect(instance.calendar.days == [.mon, .tue, .wed, .thu, .fri])
        #expect(instance.calendar.holidays == HolidayCalendar.none)
        #expect(instance.calendar.closures.isEmpty)
        #expect(instance.periods.isEmpty && instance.groups.isEmpty)
        #expect(instance.weights == Weights())
        #expect(instance.organizer == nil && instance.reminderMinutes == nil)
        #expect(instance.phases[0].name == "diagnostic")
        #expect(instance.phases[0].window == nil && instance.phases[0].after.isEmpty && instance.phases[0].gapDays == 0)
        #expect(instance.partners[0].name == "caf")
        let room = instance.rooms[0]
        #expect(room.name == "mairie" && room.site == "mairie" && room.address == nil)
        #expect(room.features.isEmpty && room.unavailable.isEmpty)

        let meeting = instance.meetings[0]
        #expect(meeting.kind == .other)
        #expect(meeting.sessions == 1 && meeting.sessionIDs == ["copil"])
        #expect(meeting.duration == 1)
        #expect(meeting.spacing == nil && meeting.phase == nil && meeting.participants == nil)
        #expect(meeting.required.isEmpty && meeting.optional.isEmpty && meeting.needs.isEmpty)
        #expect(meeting.rooms == nil && meeting.sites == nil && meeting.days == nil && meeting.slots == nil)
        #expect(meeting.window == nil && meeting.avoid.isEmpty && meeting.prefer == nil)
        #expect(meeting.after.isEmpty && meeting.fixed == nil && meeting.overrides.isEmpty)
        #expect(!meeting.online && !meeting.distinctSites)
        #expect(meeting.purpose == nil && meeting.url == nil)

        let series = instance.meetings[1]
        #expect(series.spacing == Spacing(minDays: 1, maxDays: nil, targetDays: nil))
        #expect(
            series.after == [
                Precedence(meeting: "copil", minDays: 0, maxDays: nil).located(at: series.after[0].location)
            ])
    }

    @Test func jsonInputReadsLikeYAML() throws {
        let json = try Self.load("instances/valid/minimal.json")
        let yaml = try Self.load("instances/valid/minimal.yaml")
        #expect(json.name == yaml.name)
        #expect(json.horizon == yaml.horizon)
        #expect(json.calendar.slots == yaml.calendar.slots)
        #expect(json.rooms.map(\.capacity) == yaml.rooms.map(\.capacity))
        #expect(json.meetings.map(\.id) == yaml.meetings.map(\.id))
        #expect(json.meetings.map(\.sessions) == yaml.meetings.map(\.sessions))
        #expect(json.meetings[1].spacing == yaml.meetings[1].spacing)
        #expect(json.meetings[1].window == nil)
    }

    @Test func unquotedTimesReadAsWritten() throws {
        let instance = try InstanceLoader.parse(
            """
            version: 1
            name: Times
            horizon: {from: 2022-06-01, to: 2022-06-30}
            calendar:
              slots:
                - {id: morning, start: 9:30, end: 12:00}
                - {id: afternoon, start: 14:00, end: "16:30"}
            """, file: "times.yaml")
        #expect(instance.calendar.slots.map(\.start.description) == ["09:30", "14:00"])
        #expect(instance.calendar.slots.map(\.end.description) == ["12:00", "16:30"])
    }

    @Test func xKeysAreIgnoredAtEveryLevel() throws {
        let instance = try InstanceLoader.parse(
            minimalHeader + """
                x-top: {anything: [1, 2]}
                periods:
                  x-draft: not a list of spans
                groups:
                  x-old: [nobody]
                partners:
                  - {id: caf, x-contact: "Mme Martin", prefers: {x-why: "mornings", days: [tue]}}
                meetings:
                  - id: copil
                    title: Comité
                    x-status: draft
                    attendees: {required: [caf], x-note: "all"}
                    after: []
                weights: {x-comment: "defaults"}
                """, file: "x.yaml")
        #expect(instance.periods.isEmpty && instance.groups.isEmpty)
        #expect(instance.partners[0].prefers?.days == [.tue])
        #expect(instance.meetings[0].required == ["caf"])
    }

    @Test func mergeKeysShareValuesWithoutOverridingExplicitOnes() throws {
        let instance = try InstanceLoader.parse(
            minimalHeader + """
                x-defaults: &defaults {kind: workshop, duration: 2, title: "Default"}
                x-more: &more {participants: 12, duration: 1}
                meetings:
                  - {<<: *defaults, id: a}
                  - {<<: [*more, *defaults], id: b, title: "B"}
                """, file: "merge.yaml")
        #expect(instance.meetings.map(\.title) == ["Default", "B"])
        #expect(instance.meetings.map(\.kind) == [.workshop, .workshop])
        #expect(instance.meetings.map(\.duration) == [2, 1])
        #expect(instance.meetings[1].participants == 12)
    }

    @Test func nullOptionalFieldsAreAbsent() throws {
        let instance = try InstanceLoader.parse(
            minimalHeader + """
                timezone: ~
                periods:
                meetings:
                  - {id: copil, title: Comité, window: null, phase: , kind: ~}
                """, file: "null.yaml")
        #expect(instance.timeZone.identifier == "Europe/Paris")
        #expect(instance.meetings[0].window == nil && instance.meetings[0].phase == nil)
        #expect(instance.meetings[0].kind == .other)
    }

    @Test func identifiersMayUseAnyScript() throws {
        let instance = try InstanceLoader.parse(
            minimalHeader + """
                partners:
                  - id: élus_CC-2022.v2
                  - id: 42
                  - id: Ελλάδα
                """, file: "ids.yaml")
        #expect(instance.partners.map(\.id) == ["élus_CC-2022.v2", "42", "Ελλάδα"])
    }

    @Test func otherTimeZonesAreRead() throws {
        let instance = try InstanceLoader.parse(minimalHeader + "timezone: America/Cayenne\n", file: "zone.yaml")
        #expect(instance.timeZone.identifier == "America/Cayenne")
    }
}

extension Pin {
    fileprivate func located(at location: CTGCore.SourceLocation?) -> Pin {
        var pin = self
        pin.location = location
        return pin
    }
}

extension Precedence {
    fileprivate func located(at location: CTGCore.SourceLocation?) -> Precedence {
        var precedence = self
        precedence.location = location
        return precedence
    }
}
