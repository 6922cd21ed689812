internal import CGLPK

/// Why a solve or an export did not produce a result.
///
/// Invalid input is caught in Swift, before GLPK sees it, because GLPK ends
/// the process on a bad argument instead of returning an error.
public enum MIPError: Error, CustomStringConvertible {
    /// The model cannot be handed to GLPK; the message names the offending
    /// variable or constraint.
    case invalidModel(String)
    /// A `SolveOptions` value is out of range or does not fit the model.
    case invalidOption(String)
    /// A GLPK routine returned a code that leaves no usable answer (code 0:
    /// it claimed success but the solution status it left is undefined).
    case glpk(code: Int32, function: String)
    /// GLPK detected an internal error (its error hook fired); the message is
    /// what GLPK printed. The GLPK environment of that solve is gone, but the
    /// process and later solves are unaffected.
    case internalError(String)
    /// An export could not be written.
    case io(path: String, message: String)

    public var description: String {
        switch self {
        case .invalidModel(let message):
            "invalid model: \(message)"
        case .invalidOption(let message):
            "invalid solve option: \(message)"
        case .glpk(0, let function):
            "\(function) reported success but left no usable solution"
        case .glpk(let code, let function):
            "\(function) failed with \(Self.name(ofReturnCode: code))"
        case .internalError(let message):
            "GLPK internal error: \(message)"
        case .io(let path, let message):
            "cannot write \(path): \(message)"
        }
    }

    /// GLPK's symbolic name and meaning for a return code of its API routines.
    static func name(ofReturnCode code: Int32) -> String {
        let meaning: String? =
            switch code {
            case GLP_EBADB: "GLP_EBADB (invalid basis)"
            case GLP_ESING: "GLP_ESING (singular basis matrix)"
            case GLP_ECOND: "GLP_ECOND (ill-conditioned basis matrix)"
            case GLP_EBOUND: "GLP_EBOUND (invalid bounds)"
            case GLP_EFAIL: "GLP_EFAIL (solver failure)"
            case GLP_EOBJLL: "GLP_EOBJLL (objective lower limit reached)"
            case GLP_EOBJUL: "GLP_EOBJUL (objective upper limit reached)"
            case GLP_EITLIM: "GLP_EITLIM (iteration limit exceeded)"
            case GLP_ETMLIM: "GLP_ETMLIM (time limit exceeded)"
            case GLP_ENOPFS: "GLP_ENOPFS (no primal feasible solution)"
            case GLP_ENODFS: "GLP_ENODFS (no dual feasible solution)"
            case GLP_EROOT: "GLP_EROOT (root LP optimum not provided)"
            case GLP_ESTOP: "GLP_ESTOP (search terminated by application)"
            case GLP_EMIPGAP: "GLP_EMIPGAP (relative MIP gap tolerance reached)"
            case GLP_ENOFEAS: "GLP_ENOFEAS (no primal/dual feasible solution)"
            case GLP_ENOCVG: "GLP_ENOCVG (no convergence)"
            case GLP_EINSTAB: "GLP_EINSTAB (numerical instability)"
            case GLP_EDATA: "GLP_EDATA (invalid data)"
            case GLP_ERANGE: "GLP_ERANGE (result out of range)"
            default: nil
            }
        return meaning ?? "return code \(code)"
    }
}
