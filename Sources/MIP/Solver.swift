/// Solves and exports `Model`s with GLPK.
///
/// Each call copies the model into GLPK on a thread of its own and blocks
/// the caller until GLPK is done, so calls from different threads run side
/// by side without sharing any GLPK state. From async code, call it off the
/// cooperative pool (for example from a `Task.detached` you can afford to
/// block) when solves are long.
///
/// ```swift
/// var options = SolveOptions()
/// options.timeLimit = 10
/// let result = try Solver.solve(model, options: options)
/// if result.status.hasSolution { print(result.objective!, result[a]) }
/// ```
public enum Solver {
    /// Validates `model` and `options`, then solves on a dedicated thread.
    ///
    /// Throws `MIPError.invalidModel` or `.invalidOption` for input GLPK
    /// would abort on; `.internalError` if GLPK failed internally anyway;
    /// `.glpk` for a solver failure with no usable answer. Infeasible,
    /// unbounded and limits are statuses, not errors.
    public static func solve(_ model: Model, options: SolveOptions = SolveOptions()) throws -> SolveResult {
        try DedicatedThread.run(named: "ctg-mip-solve") {
            try GLPKEnvironment.withEnvironment(log: options.log) { environment in
                try solve(model, options: options, in: environment)
            }
        }
    }

    /// Solves on the current thread, in an environment the caller opened
    /// there; tests use it to solve repeatedly in one environment.
    static func solve(_ model: Model, options: SolveOptions, in environment: GLPKEnvironment) throws -> SolveResult {
        try model.validate()
        try options.validate()
        let stopwatch = Stopwatch()
        let problem = Problem(model, in: environment)
        return try SolveRun(model: model, options: options, problem: problem, stopwatch: stopwatch).result()
    }
}
