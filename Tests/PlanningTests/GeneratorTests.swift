import Foundation
import Testing

@testable import CTGCore
@testable import CTGGenerator
@testable import CTGSolver
@testable import CTGValidation

@Suite("Instance generator")
struct GeneratorTests {
    typealias Size = InstanceGenerator.Size

    /// Meetings after series expansion, as each size promises.
    static let meetingBands: [Size: ClosedRange<Int>] = [
        .s: 15...25, .m: 40...60, .l: 160...240, .xl: 400...600, .dept: 850...1150,
    ]

    /// FNV-1a fingerprints of the seed-1 instances. Benchmark figures are
    /// only comparable while the instances stay the same: a change to the
    /// generator that alters them must update these and the README's table
    /// together. They also hold the generator to "same seed, same file" across
    /// processes and machines, which comparing two texts in one process cannot.
    static let fingerprints: [Size: UInt64] = [
        .s: 0x1cf1_e61f_c413_4e12, .m: 0x8d87_fcc4_b703_4dae, .l: 0x5c0d_1769_4402_6c30,
        .xl: 0xddb9_ef57_bc76_8a54, .dept: 0x3fb4_490e_8c31_1bc0,
    ]

    static func expand(_ text: String, size: Size, seed: UInt64) throws -> ExpandedInstance {
        try ExpandedInstance(InstanceLoader.parse(text, file: "generated-\(size.rawValue)-\(seed).yaml"))
    }

    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    @Test(arguments: Size.allCases)
    func sameSeedGivesTheSameFile(size: Size) {
        let text = InstanceGenerator.yaml(size: size, seed: 1)
        #expect(text == InstanceGenerator.yaml(size: size, seed: 1))
        #expect(Self.fnv1a(text) == Self.fingerprints[size], "fingerprint \(String(Self.fnv1a(text), radix: 16))")
    }

    @Test(arguments: Size.allCases)
    func differentSeedsGiveDifferentFiles(size: Size) {
        #expect(InstanceGenerator.yaml(size: size, seed: 1) != InstanceGenerator.yaml(size: size, seed: 2))
    }

    @Test(arguments: Size.allCases)
    func instanceLoadsExpandsAndHasItsSize(size: Size) throws {
        let expanded = try Self.expand(InstanceGenerator.yaml(size: size, seed: 1), size: size, seed: 1)
        let band = try #require(Self.meetingBands[size])
        #expect(band.contains(expanded.meetings.count), "\(expanded.meetings.count) meetings, expected \(band)")
        let territories = Set(expanded.meetings.map { $0.id.prefix { $0 != "-" } })
        #expect(territories.count == size.territories)
    }

    /// The proof of feasibility by construction, checked by the independent
    /// validator: a rule the generator's own search misreads shows up here.
    @Test(
        arguments: Size.allCases.map { ($0, UInt64(1)) }
            + [Size.s, .m, .l].flatMap { size in (2...6).map { (size, UInt64($0)) } })
    func witnessKeepsEveryHardConstraint(size: Size, seed: UInt64) throws {
        let generated = InstanceGenerator.generate(size: size, seed: seed)
        let expanded = try Self.expand(generated.yaml, size: size, seed: seed)
        let grid = expanded.grid
        let placements = try generated.witness.map { placement in
            let meeting = try #require(expanded.meetingIndex[placement.meeting])
            let day = try #require(grid.dayIndex(of: placement.date))
            let slot = try #require(grid.slotIndex(of: placement.slot))
            let room = try placement.room.map { try #require(expanded.roomIndex[$0]) }
            return Placement(meeting: meeting, start: grid.time(day: day, slot: slot), room: room)
        }
        #expect(Set(placements.map(\.meeting)).count == expanded.meetings.count)
        let unscored = Schedule(placements: placements, instance: expanded, status: .feasible, objective: 0, bound: nil)
        let objective = ScheduleValidator.validate(unscored, against: expanded).objective
        let witness = Schedule(
            placements: placements, instance: expanded, status: .feasible, objective: objective, bound: nil)
        let report = ScheduleValidator.validate(witness, against: expanded)
        #expect(report.isValid, "\(report.violations.prefix(5).map(\.description))")
    }

    /// The sizes a coordinator plans alone must solve in the normal suite.
    /// Only validity is asserted: the model is still being tuned, and `m`
    /// may stop at the time limit with a feasible schedule.
    @Test(arguments: [Size.s, .m])
    func smallSizesSolveToAValidSchedule(size: Size) throws {
        let expanded = try Self.expand(InstanceGenerator.yaml(size: size, seed: 1), size: size, seed: 1)
        var options = Planner.Options()
        options.timeLimit = 60
        guard case .solved(let summary) = try Planner.solve(expanded, options: options) else {
            Issue.record("no schedule for size \(size.rawValue) within 60 s")
            return
        }
        let report = ScheduleValidator.validate(summary.schedule, against: expanded)
        #expect(report.isValid, "\(report.violations.prefix(5).map(\.description))")
    }
}
