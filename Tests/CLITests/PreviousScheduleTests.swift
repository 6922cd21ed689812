import Foundation
import Testing

/// A previous schedule that contradicts itself or comes from another
/// instance is bad input to `replan` and `validate --previous`: exit 2 with
/// the file, line and field, never a re-plan the validator then rejects.
@Suite struct PreviousScheduleTests {
    let instance = instancePath("ctg-2022-2023.yaml")

    /// One way of spoiling `schedule.json`.
    enum Spoil: String, CaseIterable, Sendable {
        case otherInstance, duplicateUID, duplicateMeeting, dateAgainstStart, slotNotFirstOfSlots, endBeforeStart,
            cancelledAndAssigned, cancelledUIDOfAnAssignment
        /// A meeting that took place, in a slot, room or time the instance does not give it.
        case pastSlotUnknown, pastRoomUnknown, pastStartOffItsSlot

        /// Spoils `schedule` and returns the field the error must name.
        func apply(to schedule: inout [String: Any]) -> String {
            var list = assignments(schedule)
            let past = list.firstIndex { ($0["date"] as? String ?? "") < "2022-10-01" && !($0["room"] is NSNull) }!
            defer { schedule["assignments"] = list }
            switch self {
            case .otherInstance:
                schedule["instance"] = "another instance"
                return "instance"
            case .duplicateUID:
                list[1]["uid"] = list[0]["uid"]
                return "assignments[1].uid"
            case .duplicateMeeting:
                list[1]["meeting"] = list[0]["meeting"]
                return "assignments[1].meeting"
            case .dateAgainstStart:
                list[0]["date"] = (list[0]["date"] as? String) == "2022-06-30" ? "2022-07-01" : "2022-06-30"
                return "assignments[0].date"
            case .slotNotFirstOfSlots:
                list[0]["slot"] = list[0]["slot"] as? String == "evening" ? "morning" : "evening"
                return "assignments[0].slots"
            case .endBeforeStart:
                (list[0]["start"], list[0]["end"]) = (list[0]["end"], list[0]["start"])
                return "assignments[0].end"
            case .cancelledAndAssigned:
                schedule["cancelled"] = [
                    ["meeting": list[0]["meeting"]!, "uid": "elsewhere@ctg-planner", "sequence": 1]
                ]
                return "cancelled[0].meeting"
            case .cancelledUIDOfAnAssignment:
                schedule["cancelled"] = [["meeting": "gone", "uid": list[0]["uid"]!, "sequence": 1]]
                return "cancelled[0].uid"
            case .pastSlotUnknown:
                (list[past]["slot"], list[past]["slots"]) = ("night", ["night"])
                return "assignments[\(past)].slots"
            case .pastRoomUnknown:
                list[past]["room"] = "nowhere"
                return "assignments[\(past)].room"
            case .pastStartOffItsSlot:
                let start = list[past]["start"] as! String
                list[past]["start"] = String(start.prefix(11)) + "07" + String(start.dropFirst(13))
                return "assignments[\(past)].start"
            }
        }
    }

    /// A solved bundled instance with a spoilt copy of its schedule, `previous.json`.
    func folder(spoilt spoil: Spoil) throws -> (folder: URL, field: String) {
        let folder = try temporaryFolder()
        let run = try ctgPlanner(
            ["solve", instance, "--quiet"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        try #require(run.status == 0, "\(run.stderr)")
        var schedule = try json(folder.appendingPathComponent("schedule.json"))
        let field = spoil.apply(to: &schedule)
        let data = try JSONSerialization.data(withJSONObject: schedule, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: folder.appendingPathComponent("previous.json"))
        return (folder, field)
    }

    @Test(arguments: Spoil.allCases)
    func isAnInputErrorNamingTheField(_ spoil: Spoil) throws {
        let (folder, field) = try folder(spoilt: spoil)
        let calendar = try read(folder.appendingPathComponent("calendar.ics"))
        let now = ["--now", "2022-11-02T08:00"]
        for command in [
            ["replan", instance, "--previous", "previous.json", "--quiet"] + now,
            ["validate", instance, "schedule.json", "--previous", "previous.json"] + now,
        ] {
            let run = try ctgPlanner(command + ["--lang", "en"], in: folder)
            #expect(run.status == 2, "\(command[0]): \(run.stdout)\(run.stderr)")
            #expect(run.stderr.contains("previous.json:"), "\(command[0]): \(run.stderr)")
            #expect(run.stderr.contains(": \(field): "), "\(command[0]): \(run.stderr)")
        }
        #expect(try read(folder.appendingPathComponent("calendar.ics")) == calendar)
    }

    /// Both places of a repeated uid are named, each with its line.
    @Test func aRepeatedUIDNamesBothPlaces() throws {
        let (folder, _) = try folder(spoilt: .duplicateUID)
        let run = try ctgPlanner(
            ["replan", instance, "--previous", "previous.json", "--now", "2022-11-02T08:00", "--quiet"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("assignments[1].uid"))
        #expect(run.stderr.contains("assignments[0].uid (line "))
    }

    /// A meeting that took place over more slots than the instance now gives
    /// it (its duration was shortened afterwards) is kept as it took place,
    /// and the re-plan's objective is what the written schedule costs.
    @Test func aMeetingThatTookPlaceLongerThanItsDurationIsKeptAndPriced() throws {
        let folder = try temporaryFolder()
        let tiny = instancePath("tiny.yaml")
        try #require(try ctgPlanner(["solve", tiny, "--quiet"], in: folder).status == 0)
        let url = folder.appendingPathComponent("schedule.json")
        var schedule = try json(url)
        var list = assignments(schedule)
        let first = try #require(list.firstIndex { $0["meeting"] as? String == "lancement" })
        try #require(list[first]["slots"] as? [String] == ["morning"])
        list[first]["slots"] = ["morning", "afternoon"]
        list[first]["end"] = (list[first]["end"] as! String).replacingOccurrences(of: "T12:00", with: "T16:30")
        schedule["assignments"] = list
        try JSONSerialization.data(withJSONObject: schedule).write(to: folder.appendingPathComponent("previous.json"))
        let now = ["--now", "2023-03-20T08:00"]
        let run = try ctgPlanner(
            ["replan", tiny, "--previous", "previous.json", "--quiet", "--lang", "en"] + now, in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let kept = try #require(assignments(try json(url)).first { $0["meeting"] as? String == "lancement" })
        #expect(kept["slots"] as? [String] == ["morning", "afternoon"])
        let validate = try ctgPlanner(
            ["validate", tiny, "schedule.json", "--previous", "previous.json", "--lang", "en"] + now, in: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }
}
