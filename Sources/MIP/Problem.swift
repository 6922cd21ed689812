internal import CGLPK

/// Owns one `glp_prob`, loaded from a validated `Model`.
///
/// The problem lives in the environment of the thread that created it and is
/// deleted with it in `deinit` — unless that environment already died, in
/// which case `glp_free_env` has freed it and deleting it again would touch
/// freed memory.
final class Problem {
    let pointer: OpaquePointer
    let environment: GLPKEnvironment

    /// Copies `model` into a new GLPK problem. `model` must have passed
    /// `validate()`: nothing here is checked again. With `names`, rows,
    /// columns and the problem get them (exports only; solving needs none).
    init(_ model: Model, in environment: GLPKEnvironment, names: ExportNames? = nil) {
        self.environment = environment
        pointer = glp_create_prob()
        glp_set_obj_dir(pointer, model.direction == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)
        // GLPK aborts on glp_add_rows/glp_add_cols with a count of zero.
        if model.constraintCount > 0 {
            glp_add_rows(pointer, Int32(model.constraintCount))
        }
        if model.variableCount > 0 {
            glp_add_cols(pointer, Int32(model.variableCount))
        }
        for (index, constraint) in model.constraints.enumerated() {
            let (type, lower, upper) = Self.glpkBounds(constraint.bound)
            glp_set_row_bnds(pointer, Int32(index + 1), type, lower, upper)
        }
        for (index, variable) in model.variables.enumerated() {
            let column = Int32(index + 1)
            let (type, lower, upper) = Self.glpkBounds(lower: variable.lowerBound, upper: variable.upperBound)
            glp_set_col_bnds(pointer, column, type, lower, upper)
            glp_set_obj_coef(pointer, column, variable.objective)
            switch variable.kind {
            case .continuous: break
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_BV)
            }
        }
        loadMatrix(of: model)
        if let names {
            glp_set_prob_name(pointer, names.problem)
            glp_set_obj_name(pointer, ExportNames.objectiveName)
            for (index, name) in names.rows.enumerated() {
                glp_set_row_name(pointer, Int32(index + 1), name)
            }
            for (index, name) in names.columns.enumerated() {
                glp_set_col_name(pointer, Int32(index + 1), name)
            }
        }
    }

    deinit {
        if environment.isUsable {
            glp_delete_prob(pointer)
        }
    }

    /// Hands all rows to GLPK in one `glp_load_matrix` call, in its 1-based
    /// triplet layout (element 0 of each array is unused).
    private func loadMatrix(of model: Model) {
        let count = model.nonzeroCount
        guard count > 0 else { return }
        var rows = [Int32](repeating: 0, count: count + 1)
        var columns = [Int32](repeating: 0, count: count + 1)
        var values = [Double](repeating: 0, count: count + 1)
        var k = 1
        for (index, constraint) in model.constraints.enumerated() {
            for term in constraint.terms {
                rows[k] = Int32(index + 1)
                columns[k] = Int32(term.variable.index + 1)
                values[k] = term.coefficient
                k += 1
            }
        }
        glp_load_matrix(pointer, Int32(count), rows, columns, values)
    }

    private static func glpkBounds(_ bound: ConstraintBound) -> (Int32, Double, Double) {
        switch bound {
        case .lessOrEqual(let upper): glpkBounds(lower: nil, upper: upper)
        case .greaterOrEqual(let lower): glpkBounds(lower: lower, upper: nil)
        case .equal(let value): glpkBounds(lower: value, upper: value)
        case .range(let lower, let upper): glpkBounds(lower: lower, upper: upper)
        }
    }

    /// GLPK's bound type for a pair of optional sides. Equal sides must be
    /// `GLP_FX`: the simplex fails with `GLP_EBOUND` on a double bound whose
    /// sides coincide.
    private static func glpkBounds(lower: Double?, upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): (GLP_FR, 0, 0)
        case (let lower?, nil): (GLP_LO, lower, 0)
        case (nil, let upper?): (GLP_UP, 0, upper)
        case (let lower?, let upper?): (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }
}
