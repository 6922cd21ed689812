import CTGCore
import CTGValidation
import Foundation

/// Solves an instance too large for one MIP (a whole department: ~20
/// territories sharing CAF, CD and MSA staff) part by part, with an honest
/// bound.
///
/// 1. **First schedule**: the parts are solved in waves of parts that share
///    no required partner or room (two at a time), each with the meetings
///    already placed fixed (as frozen meetings of a re-plan, so shared
///    partners' clashes and load limits are respected).
/// 2. **Bound**: each part alone, every coupling dropped, on both cores.
///    Dropping constraints and the other parts' meetings can only lower a
///    part's optimum, so the sum of the parts' bounds is a lower bound.
/// 3. **Improvement** (large-neighbourhood search): each part in turn is solved
///    again with all the others fixed, starting from its current placement,
///    until time runs out, a round improves nothing, or the bound is reached.
struct DecomposedSolve {
    package let instance: ExpandedInstance
    package let parts: [[Int]]
    package let options: Planner.Options
    /// When `Planner.solve` began: splitting the instance into parts counts
    /// against the time limit too.
    private let started: Date

    /// What the phases' shares are sized against when there is no time
    /// limit: ten minutes, the longest a coordinator would wait at the
    /// terminal (reasoned, not measured). Only the shares use it: with no
    /// limit nothing is cut short, and the improvement runs until a round
    /// improves nothing.
    static let unlimitedSeconds: Double = 600

    /// Below this many seconds left no part solve is started: building a
    /// part's model and solving its LP take longer, so it could only run past
    /// the limit (reasoned, not measured).
    static let minimumUsefulSeconds: Double = 1

    init(instance: ExpandedInstance, parts: [[Int]], options: Planner.Options, started: Date = Date()) {
        self.instance = instance
        self.parts = parts
        self.options = options
        self.started = started
    }

    var elapsed: Double { Date().timeIntervalSince(started) }
    var remaining: Double { (options.timeLimit ?? .infinity) - elapsed }
    var hasTime: Bool { remaining > Self.minimumUsefulSeconds }
    /// The seconds the phases' shares are fractions of.
    var limit: Double { options.timeLimit ?? Self.unlimitedSeconds }

    package func run() throws -> Planner.Outcome {
        let first = try firstSchedule()
        guard let placements = first.placements else {
            return first.infeasible ? .infeasible(first.size) : .timeLimit(first.size)
        }
        let bound = partsBound(budget: min(Self.boundShare * limit, remaining))
        let improved = try improve(placements, toward: bound)
        return .solved(
            summary(
                of: improved.placements, objective: improved.objective, bound: min(bound, improved.objective),
                size: first.size))
    }

    /// The final schedule, with the validator's objective and breakdown: the
    /// part models each counted their fixed neighbours' costs too.
    private func summary(of placements: [Int: Placement], objective: Int, bound: Int, size: ModelSize)
        -> SolveSummary
    {
        let ordered = instance.meetings.indices.map { placements[$0]! }
        var schedule = Schedule(
            placements: ordered, instance: instance, status: objective <= bound ? .optimal : .feasible,
            objective: objective,
            bound: bound)
        let recounted = ScheduleValidator.validate(schedule, against: instance)
        schedule.objective = recounted.objective
        var breakdown: [ObjectiveTerm: Int] = [:]
        for term in ObjectiveTerm.allCases { breakdown[term] = recounted.breakdown[term.rawValue] ?? 0 }
        return SolveSummary(
            schedule: schedule, placements: ordered, size: size, buildTime: 0, solveTime: elapsed,
            totalTime: elapsed,
            nodes: 0, breakdown: breakdown, warmStartAccepted: false)
    }
}
