extension Model {
    /// The model rewritten with only what `format`, as GLPK writes and reads
    /// it, can carry — with the same optimal solutions.
    ///
    /// - GLPK's CPLEX LP writer leaves the objective constant as a comment,
    ///   so it is lost on reading: the constant becomes a column named
    ///   `constant` fixed at 1 (unambiguous in every reader, unlike the MPS
    ///   convention of a right-hand side on the objective row).
    /// - GLPK's free MPS has no objective sense, so a maximisation would read
    ///   back as a minimisation: it is written as the minimisation of the
    ///   negated objective.
    /// - The LP writer drops everything from a problem without rows or
    ///   columns, and the MPS writer asserts that a row exists when a column
    ///   appears nowhere: such models get an empty row `no_constraints`
    ///   (0 ≤ 0) and, without columns, the `constant` column.
    func rewritten(for format: ExportFormat) -> Model {
        var copy = self
        if format == .freeMPS && direction == .maximize {
            copy.direction = .minimize
            copy.objectiveConstant = -objectiveConstant
            for (index, variable) in variables.enumerated() {
                copy.setObjective(Variable(index: index), -variable.objective)
            }
        }
        if copy.objectiveConstant != 0 || copy.variableCount == 0 {
            copy.addVariable(name: "constant", lowerBound: 1, upperBound: 1, objective: copy.objectiveConstant)
            copy.objectiveConstant = 0
        }
        if copy.constraintCount == 0 {
            copy.addConstraint(name: "no_constraints", [], .lessOrEqual(0))
        }
        return copy
    }
}
