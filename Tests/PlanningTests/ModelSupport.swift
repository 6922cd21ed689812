import Foundation
import Testing

@testable import CTGCore
@testable import CTGSolver
@testable import CTGValidation

/// A week of two slots (Mon 2023-01-02 … Fri 2023-01-06), two partners,
/// two rooms on two sites: the stage of the model tests. Each test appends
/// its meetings and whatever else it needs.
func week(
    days: String = "{from: 2023-01-02, to: 2023-01-06}", partners: String? = nil, rooms: String? = nil,
    extra: String = "", meetings: String
) -> String {
    """
    version: 1
    name: Model test
    horizon: \(days)
    calendar:
      slots:
        - {id: am, start: "09:00", end: "12:00"}
        - {id: pm, start: "14:00", end: "17:00"}
    \(extra)
    partners:
    \(partners ?? "  - {id: a}\n  - {id: b}\n  - {id: c}")
    rooms:
    \(rooms ?? "  - {id: r1, site: North, capacity: 10}\n  - {id: r2, site: South, capacity: 30}")
    meetings:
    \(meetings)
    """
}

func expand(_ yaml: String) throws -> ExpandedInstance {
    try ExpandedInstance(InstanceLoader.parse(yaml, file: "test.yaml"))
}

/// Solves `yaml` to proven optimality and checks the result with the validator.
func solveOptimal(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (
    SolveSummary, ExpandedInstance
) {
    let instance = try expand(yaml)
    var options = Planner.Options()
    options.timeLimit = 30
    guard case .solved(let summary) = try Planner.solve(instance, options: options) else {
        Issue.record("no schedule found", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    #expect(summary.schedule.status == .optimal, sourceLocation: sourceLocation)
    let report = ScheduleValidator.validate(summary.schedule, against: instance)
    #expect(report.violations.isEmpty, "\(report.violations)", sourceLocation: sourceLocation)
    #expect(report.objective == summary.schedule.objective, sourceLocation: sourceLocation)
    return (summary, instance)
}

extension SolveSummary {
    func assignment(_ meeting: String) -> Assignment? { schedule.assignments.first { $0.meeting == meeting } }
}
