import Testing

@testable import CTGCore
@testable import CTGValidation
@testable import CTGSolver
@testable import CTGGenerator

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
        #expect(decomposed.schedule.objective >= whole.schedule.objective)
    }
}
