/// The decomposed solve reports the size of all its part models together.
extension ModelSize {
    static let zero = ModelSize(columns: 0, binaries: 0, rows: 0, nonzeros: 0)

    package static func + (a: ModelSize, b: ModelSize) -> ModelSize {
        ModelSize(
            columns: a.columns + b.columns, binaries: a.binaries + b.binaries, rows: a.rows + b.rows,
            nonzeros: a.nonzeros + b.nonzeros)
    }
}
