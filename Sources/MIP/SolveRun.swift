internal import CGLPK
internal import CGLPKShim

/// One solve of a loaded problem, on the thread of its GLPK environment:
/// which GLPK routines run in which order, and how their return codes and
/// solution statuses become a `SolveResult`.
///
/// `glp_intopt` returning 0 only means the search ran; the status says what
/// it found. With the MIP presolver on, GLPK reports an infeasible or
/// unbounded relaxation through return codes instead (`GLP_ENOPFS`,
/// `GLP_ENODFS`). Without it, `glp_intopt` needs an optimal LP basis, so the
/// relaxation is solved first with `glp_simplex` and classified there.
struct SolveRun {
    let model: Model
    let options: SolveOptions
    let problem: Problem
    let stopwatch: Stopwatch

    /// What the simplex says about the LP relaxation: optimal, or the
    /// answer for the whole solve.
    enum Relaxation {
        case optimal
        case unsolved(SolveStatus, Termination)
    }

    func result() throws -> SolveResult {
        if options.relaxIntegrality {
            if case .unsolved(let status, let termination) = try solveRelaxation() {
                return withoutSolution(status, termination, nodes: 0)
            }
            let objective = glp_get_obj_val(problem.pointer)
            return solution(
                .optimal, .completed, objective: objective, bound: objective,
                values: columnValues(glp_get_col_prim), nodes: 0, startingSolutionAccepted: false)
        }
        let start = try options.startingSolution.map { try StartingSolution($0, for: model) }
        if options.presolve && start == nil {
            return try branchAndCut(presolve: true, start: nil)
        }
        if case .unsolved(let status, let termination) = try solveRelaxation() {
            return withoutSolution(status, termination, nodes: 0)
        }
        return try branchAndCut(presolve: false, start: start)
    }

    /// Solves the LP relaxation with the primal simplex and without the LP
    /// presolver, which would report infeasible and unbounded alike as a
    /// missing solution and leave no basis for `glp_intopt`.
    private func solveRelaxation() throws(MIPError) -> Relaxation {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.messageLevel
        if let timeLeft {
            parameters.tm_lim = glpkMilliseconds(timeLeft)
        }
        let code = try problem.environment.guarded { failed in ctg_glp_simplex(problem.pointer, &parameters, failed) }
        switch code {
        case 0:
            switch glp_get_status(problem.pointer) {
            case GLP_OPT: return .optimal
            case GLP_NOFEAS: return .unsolved(.infeasible, .completed)
            case GLP_UNBND: return .unsolved(.unbounded, .completed)
            default: throw .glpk(code: 0, function: "glp_simplex")
            }
        case GLP_ETMLIM:
            return .unsolved(.timeLimitWithoutSolution, .timeLimit)
        default:
            throw .glpk(code: code, function: "glp_simplex")
        }
    }

    private func branchAndCut(presolve: Bool, start: StartingSolution?) throws -> SolveResult {
        var parameters = options.integerParameters(presolve: presolve)
        if let timeLeft {
            parameters.tm_lim = glpkMilliseconds(timeLeft)
        }
        let monitor = SearchMonitor(
            options: options, direction: model.direction, startingSolution: start, stopwatch: stopwatch)
        monitor.install(in: &parameters)
        let code = try withExtendedLifetime(monitor) { () throws(MIPError) in
            try problem.environment.guarded { failed in ctg_glp_intopt(problem.pointer, &parameters, failed) }
        }
        let status = glp_mip_status(problem.pointer)
        let hasIncumbent = status == GLP_FEAS || status == GLP_OPT

        let objective = glp_mip_obj_val(problem.pointer)
        func incumbent(_ status: SolveStatus, _ termination: Termination, bound: Double?) -> SolveResult {
            solution(
                status, termination, objective: objective, bound: bound,
                values: columnValues(glp_mip_col_val), nodes: monitor.nodes,
                startingSolutionAccepted: monitor.startingSolutionAccepted)
        }

        switch code {
        case 0 where status == GLP_OPT:
            return incumbent(.optimal, .completed, bound: objective)
        case 0 where status == GLP_NOFEAS, GLP_ENOPFS:
            return withoutSolution(.infeasible, .completed, nodes: monitor.nodes)
        case GLP_ENODFS:
            // The presolver found the relaxation dual infeasible: it is
            // unbounded, or infeasible too. The simplex tells which.
            guard case .unsolved(let status, let termination) = try solveRelaxation() else {
                throw MIPError.glpk(code: code, function: "glp_intopt")
            }
            return withoutSolution(status, termination, nodes: 0)
        case GLP_EMIPGAP where hasIncumbent:
            return incumbent(.feasible, .gapReached, bound: monitor.bestBound(incumbent: objective))
        case GLP_ETMLIM,
            GLP_ESTOP where monitor.stop == .timeLimit:
            return hasIncumbent
                ? incumbent(.feasible, .timeLimit, bound: monitor.bestBound(incumbent: objective))
                : withoutSolution(.timeLimitWithoutSolution, .timeLimit, nodes: monitor.nodes)
        case GLP_ESTOP:
            if case .integralOptimum(let bound) = monitor.stop, hasIncumbent {
                return incumbent(.optimal, .completed, bound: bound)
            }
            return hasIncumbent
                ? incumbent(.feasible, .stopped, bound: monitor.bestBound(incumbent: objective))
                : withoutSolution(.stoppedWithoutSolution, .stopped, nodes: monitor.nodes)
        default:
            // GLP_EBOUND and GLP_EROOT cannot happen after validation and the
            // LP phase; GLP_EFAIL is a solver failure.
            throw MIPError.glpk(code: code, function: "glp_intopt")
        }
    }

    /// Seconds left of the time limit, nil without one.
    private var timeLeft: Double? {
        options.timeLimit.map { $0 - stopwatch.elapsed }
    }

    private func columnValues(_ value: (OpaquePointer?, Int32) -> Double) -> [Double] {
        (0..<model.variableCount).map { value(problem.pointer, Int32($0 + 1)) }
    }

    private func solution(
        _ status: SolveStatus, _ termination: Termination, objective: Double, bound: Double?,
        values: [Double], nodes: Int, startingSolutionAccepted: Bool
    ) -> SolveResult {
        SolveResult(
            status: status, termination: termination, objective: objective, bestBound: bound,
            gap: bound.map { abs(objective - $0) / max(1, abs(objective)) }, values: values,
            solveTime: stopwatch.elapsed, nodes: nodes, startingSolutionAccepted: startingSolutionAccepted)
    }

    private func withoutSolution(_ status: SolveStatus, _ termination: Termination, nodes: Int) -> SolveResult {
        SolveResult(
            status: status, termination: termination, objective: nil, bestBound: nil, gap: nil, values: [],
            solveTime: stopwatch.elapsed, nodes: nodes, startingSolutionAccepted: false)
    }
}
