extension Model {
    /// The first row that `values` (one per column) breaks, within the
    /// tolerance a starting solution is held to; nil when every row holds.
    /// Bounds and integrality are not looked at.
    public func violatedConstraint(at values: [Double]) -> Constraint? {
        precondition(values.count == variableCount, "one value per variable")
        for (row, constraint) in constraints.enumerated() {
            let activity = constraint.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
            if StartingSolution.violation(of: constraint.bound, at: activity) != nil { return Constraint(index: row) }
        }
        return nil
    }
}
