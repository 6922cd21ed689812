internal import CGLPK
internal import CGLPKShim
internal import Foundation

/// File formats GLPK writes and `glpsol` reads back.
public enum ExportFormat: Sendable {
    /// Free MPS (`glp_write_mps` with `GLP_MPS_FILE`; `glpsol --freemps`).
    /// MPS as GLPK reads it has no objective sense, so a maximisation is
    /// written as the minimisation of the negated objective: its optimum is
    /// the model's with the sign flipped.
    case freeMPS
    /// CPLEX LP (`glp_write_lp`; `glpsol --lp`).
    case cplexLP
}

extension Solver {
    /// Writes `model` to `path` for inspection or another solver.
    ///
    /// Names are made safe for the format (see `ExportNames`): the model's
    /// own names are free text, and GLPK would otherwise fall back to
    /// numbered names for any it cannot write. What the formats cannot carry
    /// is rewritten (see `Model.rewritten(for:)`): an objective constant
    /// becomes a column named `constant` fixed at 1. The file appears whole or not
    /// at all: it is written beside `path` under a temporary name, then
    /// renamed. It is never compressed, whatever its extension.
    public static func write(_ model: Model, format: ExportFormat, to path: String) throws {
        try model.validate()
        let exported = model.rewritten(for: format)
        let names = ExportNames(exported)
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        do {
            try DedicatedThread.run(named: "ctg-mip-export") {
                try GLPKEnvironment.withEnvironment(log: nil) { environment in
                    let problem = Problem(exported, in: environment, names: names)
                    let code = try environment.guarded { failed in
                        switch format {
                        case .freeMPS: ctg_glp_write_mps(problem.pointer, GLP_MPS_FILE, nil, temporary, failed)
                        case .cplexLP: ctg_glp_write_lp(problem.pointer, nil, temporary, failed)
                        }
                    }
                    guard code == 0 else { throw MIPError.io(path: path, message: environment.recentOutput) }
                }
            }
            guard rename(temporary, path) == 0 else {
                throw MIPError.io(path: path, message: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
