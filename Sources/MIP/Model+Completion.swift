extension Model {
    /// Completes a vector whose binary columns are set: continuous columns
    /// defined by an equality (the started-by-day chains) take the value it
    /// gives, in row order; the others (absences, deviations, phase
    /// boundaries) take the smallest value their rows allow, which is what
    /// the objective or their role asks for.
    public func completingContinuousColumns(_ values: [Double]) -> [Double] {
        var values = values
        var defined = variables.map { $0.kind != .continuous }
        var lower = variables.map { $0.lowerBound ?? 0 }
        for row in constraints {
            let open = row.terms.filter { !defined[$0.variable.index] }
            guard open.count == 1, let aux = open.first else { continue }
            let known = row.terms.filter { $0.variable != aux.variable }.reduce(0) {
                $0 + $1.coefficient * values[$1.variable.index]
            }
            switch row.bound {
            case .equal(let value):
                values[aux.variable.index] = (value - known) / aux.coefficient
                defined[aux.variable.index] = true
            case .lessOrEqual(let upper) where aux.coefficient < 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (known - upper) / -aux.coefficient)
            case .greaterOrEqual(let bound) where aux.coefficient > 0:
                lower[aux.variable.index] = max(lower[aux.variable.index], (bound - known) / aux.coefficient)
            default: break
            }
        }
        for index in variables.indices where !defined[index] { values[index] = lower[index] }
        return values
    }
}
