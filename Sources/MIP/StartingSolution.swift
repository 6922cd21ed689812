/// `SolveOptions.startingSolution`, checked against the model and made
/// exact enough for `glp_ios_heur_sol`.
///
/// GLPK takes a heuristic solution on trust: it only tests integer columns
/// for exact integrality and never looks at bounds or rows. An infeasible
/// hint would become the reported optimum, so it is checked here.
struct StartingSolution {
    /// Absolute tolerance, scaled by `max(1, |bound|)`, within which a
    /// value counts as on its bound or integral (GLPK's own default is 1e-7
    /// for bounds and 1e-5 for integrality).
    static let tolerance = 1e-6

    /// Values in GLPK's layout: index 0 unused, column j at index j.
    let columns: [Double]
    let objective: Double

    init(_ values: [Double], for model: Model) throws(MIPError) {
        guard values.count == model.variableCount else {
            throw .invalidOption("startingSolution has \(values.count) values for \(model.variableCount) variables")
        }
        var exact = values
        for (index, variable) in model.variables.enumerated() {
            let label = "startingSolution value \(values[index]) of variable \(index) (\(variable.name))"
            guard values[index].isFinite else { throw .invalidOption("\(label) is not finite") }
            if variable.kind != .continuous {
                let integral = values[index].rounded()
                guard Self.isClose(values[index], integral) else { throw .invalidOption("\(label) is not integral") }
                exact[index] = integral
            }
            if let lower = variable.lowerBound {
                guard exact[index] >= lower || Self.isClose(exact[index], lower) else {
                    throw .invalidOption("\(label) is below its lower bound \(lower)")
                }
                exact[index] = max(exact[index], lower)
            }
            if let upper = variable.upperBound {
                guard exact[index] <= upper || Self.isClose(exact[index], upper) else {
                    throw .invalidOption("\(label) is above its upper bound \(upper)")
                }
                exact[index] = min(exact[index], upper)
            }
        }
        for (row, constraint) in model.constraints.enumerated() {
            let activity = constraint.terms.reduce(0) { $0 + $1.coefficient * exact[$1.variable.index] }
            if let violated = Self.violation(of: constraint.bound, at: activity) {
                throw .invalidOption(
                    "startingSolution violates constraint \(row) (\(constraint.name)): activity \(activity) \(violated)"
                )
            }
        }
        columns = [0] + exact
        objective = model.objectiveValue(at: exact)
    }

    private static func isClose(_ value: Double, _ target: Double) -> Bool {
        abs(value - target) <= tolerance * max(1, abs(target))
    }

    /// Describes how `activity` breaks `bound`, or nil when it holds within tolerance.
    static func violation(of bound: ConstraintBound, at activity: Double) -> String? {
        let (lower, upper): (Double?, Double?) =
            switch bound {
            case .lessOrEqual(let value): (nil, value)
            case .greaterOrEqual(let value): (value, nil)
            case .equal(let value): (value, value)
            case .range(let low, let high): (low, high)
            }
        if let lower, activity < lower, !isClose(activity, lower) { return "is below \(lower)" }
        if let upper, activity > upper, !isClose(activity, upper) { return "is above \(upper)" }
        return nil
    }
}
