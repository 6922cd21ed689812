internal import CGLPK

extension SolveOptions {
    /// Everything GLPK can say when someone reads it, nothing otherwise:
    /// errors reach the terminal hook at any level, and they are all that is
    /// kept without a `log`.
    var messageLevel: Int32 { log == nil ? GLP_MSG_OFF : GLP_MSG_ALL }

    /// `glp_intopt` parameters for these options; the time limit and the
    /// callback are set by the solve, which knows how much time is left.
    func integerParameters(presolve: Bool) -> glp_iocp {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.br_tech =
            switch branching {
            case .firstFractional: GLP_BR_FFV
            case .lastFractional: GLP_BR_LFV
            case .mostFractional: GLP_BR_MFV
            case .driebeckTomlin: GLP_BR_DTH
            case .pseudocost: GLP_BR_PCH
            }
        parameters.bt_tech =
            switch backtracking {
            case .depthFirst: GLP_BT_DFS
            case .breadthFirst: GLP_BT_BFS
            case .bestLocalBound: GLP_BT_BLB
            case .bestProjection: GLP_BT_BPH
            }
        parameters.gmi_cuts = flag(cuts.contains(.gomory))
        parameters.mir_cuts = flag(cuts.contains(.mir))
        parameters.cov_cuts = flag(cuts.contains(.cover))
        parameters.clq_cuts = flag(cuts.contains(.clique))
        parameters.fp_heur = flag(feasibilityPump)
        parameters.ps_heur = flag(proximitySearch)
        if let proximityTimeLimit {
            parameters.ps_tm_lim = glpkMilliseconds(proximityTimeLimit)
        }
        if let relativeGap {
            parameters.mip_gap = relativeGap
        }
        return parameters
    }

    private func flag(_ on: Bool) -> Int32 { on ? GLP_ON : GLP_OFF }
}
