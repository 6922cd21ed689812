extension Model {
    /// GLPK's limits on rows, columns and non-zeros (`M_MAX`, `N_MAX`,
    /// `NNZ_MAX` in its source); it aborts when asked for more.
    static let maximumRows = 100_000_000
    static let maximumColumns = 100_000_000
    static let maximumNonzeros = 500_000_000

    /// Throws `MIPError.invalidModel` naming the first variable or
    /// constraint that GLPK would abort on or silently misread.
    ///
    /// Every number must be finite (an open side is `nil` or a one-sided
    /// `ConstraintBound`, never an infinity); lower bounds must not exceed
    /// upper ones; integer variables need integral bounds, because GLPK's
    /// branch-and-bound refuses fractional ones.
    public func validate() throws(MIPError) {
        guard constraintCount <= Self.maximumRows else {
            throw .invalidModel("\(constraintCount) constraints; GLPK allows at most \(Self.maximumRows)")
        }
        guard variableCount <= Self.maximumColumns else {
            throw .invalidModel("\(variableCount) variables; GLPK allows at most \(Self.maximumColumns)")
        }
        guard nonzeroCount <= Self.maximumNonzeros else {
            throw .invalidModel("\(nonzeroCount) non-zero coefficients; GLPK allows at most \(Self.maximumNonzeros)")
        }
        guard objectiveConstant.isFinite else {
            throw .invalidModel("objective constant is \(objectiveConstant)")
        }
        for (index, variable) in variables.enumerated() {
            try validate(variable, describedAs: "variable \(index) (\(variable.name))")
        }
        // The column most recently seen in each row, to catch a repeated
        // index (GLPK aborts on duplicates) in one pass.
        var lastRowOfColumn = [Int](repeating: -1, count: variableCount)
        for (row, constraint) in constraints.enumerated() {
            let label = "constraint \(row) (\(constraint.name))"
            try validate(constraint.bound, describedAs: label)
            for term in constraint.terms {
                guard contains(term.variable) else {
                    throw .invalidModel("\(label) refers to variable \(term.variable.index), which is not in the model")
                }
                guard term.coefficient.isFinite else {
                    throw .invalidModel(
                        "\(label) has coefficient \(term.coefficient) on variable \(term.variable.index)")
                }
                guard lastRowOfColumn[term.variable.index] != row else {
                    throw .invalidModel("\(label) has two terms on variable \(term.variable.index)")
                }
                lastRowOfColumn[term.variable.index] = row
            }
        }
    }

    private func validate(_ variable: VariableInfo, describedAs label: String) throws(MIPError) {
        guard variable.objective.isFinite else {
            throw .invalidModel("\(label) has objective coefficient \(variable.objective)")
        }
        for bound in [variable.lowerBound, variable.upperBound].compactMap({ $0 }) {
            guard bound.isFinite else {
                throw .invalidModel("\(label) has bound \(bound); leave a side open with nil")
            }
            guard variable.kind == .continuous || bound == bound.rounded() else {
                throw .invalidModel("\(label) is integer but has fractional bound \(bound)")
            }
        }
        if let lower = variable.lowerBound, let upper = variable.upperBound, lower > upper {
            throw .invalidModel("\(label) has lower bound \(lower) above upper bound \(upper)")
        }
    }

    private func validate(_ bound: ConstraintBound, describedAs label: String) throws(MIPError) {
        let sides: [Double] =
            switch bound {
            case .lessOrEqual(let value), .greaterOrEqual(let value), .equal(let value): [value]
            case .range(let lower, let upper): [lower, upper]
            }
        guard sides.allSatisfy(\.isFinite) else {
            throw .invalidModel("\(label) has right-hand side \(bound); use a one-sided bound for an open side")
        }
        if case .range(let lower, let upper) = bound, lower > upper {
            throw .invalidModel("\(label) has range \(lower)…\(upper) with lower above upper")
        }
    }
}
