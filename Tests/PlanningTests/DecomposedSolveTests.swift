import Testing

@testable import CTGCore
@testable import CTGGenerator
@testable import CTGSolver
@testable import CTGValidation

/// The decomposed solve used beyond `Planner.decompositionThreshold`
/// meetings, exercised on a small generated territory cut into small parts
/// so that it runs in the normal test suite.
@Suite struct DecomposedSolveTests {
    @Test func partsGiveAValidScheduleAndATrueBound() throws {
        let instance = try expand(InstanceGenerator.yaml(size: .s, seed: 1))
        let parts = Components(instance, maxSize: 6).parts
        #expect(parts.count > 1)
        // Orders and series spacing never cross parts.
        let partOf = Dictionary(
            uniqueKeysWithValues: parts.enumerated().flatMap { index, part in part.map { ($0, index) } })
        #expect(instance.relations.allSatisfy { partOf[$0.before] == partOf[$0.after] })

        var options = Planner.Options()
        options.timeLimit = 60
        guard
            case .solved(let decomposed) = try DecomposedSolve(instance: instance, parts: parts, options: options).run()
        else {
            Issue.record("the decomposed solve found no schedule")
            return
        }
        let report = ScheduleValidator.validate(decomposed.schedule, against: instance)
        #expect(report.isValid, "\(report.violations)")

        guard case .solved(let whole) = try Planner.solveWhole(instance, options: options, replan: nil, warmStart: nil)
        else {
            Issue.record("the whole model found no schedule")
            return
        }
        #expect(whole.schedule.status == .optimal)
        let bound = try #require(decomposed.schedule.bound)
        #expect(bound <= whole.schedule.objective)  // a true lower bound
    }

    /// Parts that share nothing cannot hurt one another, so a decomposition
    /// that loses no quality reaches the sum of their optima and proves it.
    @Test func independentPartsReachTheSumOfTheirOptima() throws {
        let instance = try expand(Self.independentParts)
        #expect(instance.meetings.count > Planner.decompositionThreshold)
        #expect(Components(instance, maxSize: Planner.partSize).parts.count == 21)

        var options = Planner.Options()
        options.timeLimit = 120
        guard case .solved(let summary) = try Planner.solve(instance, options: options) else {
            Issue.record("the decomposed solve found no schedule")
            return
        }
        let report = ScheduleValidator.validate(summary.schedule, against: instance)
        #expect(report.isValid, "\(report.violations)")
        #expect(summary.schedule.objective == 210)
        #expect(summary.schedule.bound == 210)
        #expect(summary.schedule.status == .optimal)
    }

    /// 21 parts, part `i` with its own partner and room and 4, 5 or 6
    /// meetings (`i % 3`) that all prefer the am slot of a three-day horizon:
    /// three fit in the am slots, the others pay the preference (5) in the
    /// pm slots, so the parts cost 5, 10 and 15 and the whole 7 × 30 = 210.
    static let independentParts: String = {
        var partners: [String] = []
        var rooms: [String] = []
        var meetings: [String] = []
        for part in 0..<21 {
            partners.append("  - {id: p\(part)}")
            rooms.append("  - {id: r\(part), capacity: 10}")
            for meeting in 0..<(4 + part % 3) {
                meetings.append(
                    "  - {id: m\(part)-\(meeting), title: M, attendees: {required: [p\(part)]}, rooms: [r\(part)],"
                        + " prefer: {slots: [am]}}")
            }
        }
        return week(
            days: "{from: 2023-01-02, to: 2023-01-04}", partners: partners.joined(separator: "\n"),
            rooms: rooms.joined(separator: "\n"), meetings: meetings.joined(separator: "\n"))
    }()
}
