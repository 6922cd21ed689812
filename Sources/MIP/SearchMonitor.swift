internal import CGLPK

/// Follows GLPK's branch-and-cut from inside its callback: records the bound
/// and node count that `glp_intopt` does not return, offers the starting
/// solution, reports progress and stops the search when asked to or when
/// the time limit has run out, at whichever point of a node GLPK calls back.
///
/// GLPK calls back with the tree's problem object, which is not the model's
/// own when the MIP presolver is on; values read here come from it.
///
/// Every GLPK call made here gets arguments GLPK accepts (a node index GLPK
/// just returned, a solution with one value per column): an error raised
/// inside the callback would escape through these Swift frames by
/// `longjmp`, skipping their cleanup.
final class SearchMonitor {
    /// Why the monitor ended the search with `glp_ios_terminate`.
    enum Stop: Equatable {
        case requested
        /// The time limit ran out between two of GLPK's own clock checks,
        /// which it makes only once per round of a node (cut generation
        /// and heuristics at the root can take seconds).
        case timeLimit
        /// The rounded bound met the incumbent (`SolveOptions.integralObjective`).
        case integralOptimum(bound: Double)
    }

    /// Absolute slack for rounding a bound of an integral objective, so that
    /// an LP bound of 3.0000001 still counts as 3.
    static let integralTolerance = 1e-6

    private let options: SolveOptions
    private let direction: Direction
    private let stopwatch: Stopwatch
    private var pendingStartingSolution: StartingSolution?
    private var lastReport = 0.0

    private(set) var startingSolutionAccepted = false
    private(set) var stop: Stop?
    /// The best local bound over the active nodes, as last seen; any bound
    /// seen stays valid to the end.
    private var bestActiveBound: Double?
    private(set) var nodes = 0

    init(options: SolveOptions, direction: Direction, startingSolution: StartingSolution?, stopwatch: Stopwatch) {
        self.options = options
        self.direction = direction
        self.stopwatch = stopwatch
        pendingStartingSolution = startingSolution
    }

    /// Points `parameters` at this monitor. The caller keeps the monitor
    /// alive until `glp_intopt` returns: GLPK holds it unretained.
    func install(in parameters: inout glp_iocp) {
        parameters.cb_func = searchCallback
        parameters.cb_info = Unmanaged.passUnretained(self).toOpaque()
    }

    fileprivate func observe(_ tree: OpaquePointer) {
        guard stop == nil else { return }
        let reason = glp_ios_reason(tree)
        let problem = glp_ios_get_prob(tree)
        var activeNodes: Int32 = 0
        var totalNodes: Int32 = 0
        glp_ios_tree_size(tree, &activeNodes, nil, &totalNodes)
        nodes = Int(totalNodes)
        let bestNode = glp_ios_best_node(tree)
        if bestNode != 0 {
            // A node whose LP is not solved yet carries ±DBL_MAX.
            let bound = glp_ios_node_bound(tree, bestNode)
            if abs(bound) < .greatestFiniteMagnitude {
                bestActiveBound = bound
            }
        }

        if let limit = options.timeLimit, stopwatch.elapsed >= limit {
            stop = .timeLimit
            glp_ios_terminate(tree)
            return
        }

        var foundIncumbent = reason == GLP_IBINGO
        if reason == GLP_IHEUR, let start = pendingStartingSolution {
            pendingStartingSolution = nil
            startingSolutionAccepted =
                start.columns.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) } == 0
            foundIncumbent = startingSolutionAccepted
        }
        let incumbent = glp_mip_status(problem) == GLP_FEAS ? glp_mip_obj_val(problem) : nil

        if let progress = options.progress {
            let elapsed = stopwatch.elapsed
            let event: ProgressEvent? =
                foundIncumbent ? .newIncumbent : elapsed - lastReport >= options.progressInterval ? .periodic : nil
            if let event {
                lastReport = elapsed
                let report = Progress(
                    event: event, incumbent: incumbent, bestBound: bestBound(incumbent: incumbent),
                    gap: incumbent == nil ? nil : glp_ios_mip_gap(tree),
                    nodes: nodes, activeNodes: Int(activeNodes), elapsed: elapsed)
                if progress(report) == .stop {
                    stop = .requested
                    glp_ios_terminate(tree)
                    return
                }
            }
        }

        if options.integralObjective, let incumbent, let bound = roundedBound(meeting: incumbent) {
            stop = .integralOptimum(bound: bound)
            glp_ios_terminate(tree)
        }
    }

    /// The best proven bound: that of the best active node, but never beyond
    /// the incumbent, which bounds what is left of the search too (GLPK
    /// prunes nodes no better than the incumbent only when it selects them).
    func bestBound(incumbent: Double?) -> Double? {
        guard let bestActiveBound, let incumbent else { return bestActiveBound }
        return direction == .minimize ? min(bestActiveBound, incumbent) : max(bestActiveBound, incumbent)
    }

    /// The best bound rounded to the integer it implies, if that proves
    /// `incumbent` optimal; clamped to the incumbent so that rounding noise
    /// never reports a bound beyond it.
    private func roundedBound(meeting incumbent: Double) -> Double? {
        guard let bestBound = bestBound(incumbent: incumbent) else { return nil }
        let tolerance = Self.integralTolerance
        switch direction {
        case .minimize:
            let rounded = (bestBound - tolerance).rounded(.up)
            return rounded >= incumbent - tolerance ? min(rounded, incumbent) : nil
        case .maximize:
            let rounded = (bestBound + tolerance).rounded(.down)
            return rounded <= incumbent + tolerance ? max(rounded, incumbent) : nil
        }
    }
}

/// `glp_iocp.cb_func`: GLPK hands back the monitor through `cb_info`.
private func searchCallback(tree: OpaquePointer?, info: UnsafeMutableRawPointer?) {
    guard let tree, let info else { return }
    Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().observe(tree)
}
