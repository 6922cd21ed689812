import CTGCore
package import MIP

/// `export-model`: the very model `solve` builds, with readable names, for other solvers.
package enum ModelExport {
    package enum Format: Sendable { case freeMPS, cplexLP }

    @discardableResult
    package static func write(_ instance: ExpandedInstance, format: Format, to path: String) throws -> ModelSize {
        let built = ModelBuilder.build(instance, names: true)
        try Solver.write(built.model, format: format == .freeMPS ? .freeMPS : .cplexLP, to: path)
        return built.size
    }
}
