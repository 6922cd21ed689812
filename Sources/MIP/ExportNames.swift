/// Names for an exported problem that both free MPS and CPLEX LP read back
/// as written.
///
/// Model names are free text. GLPK limits names to 255 characters, free MPS
/// splits fields at blanks, and CPLEX LP allows only some punctuation, reads
/// a leading digit or period as a number and treats words like `end` or
/// `free` as keywords. When a name does not fit, GLPK's LP writer silently
/// falls back to numbered names (`x_12`). So every name keeps its ASCII
/// letters and digits, any other character becomes `_`, a leading digit or
/// a keyword gets an underscore, and collisions get a numeric suffix:
/// `"shift A/B"` is written as `shift_A_B`, a second one as `shift_A_B_2`.
struct ExportNames {
    /// GLPK's limit is 255 bytes; the margin leaves room for a suffix.
    static let maximumStemLength = 240
    /// What GLPK calls the objective: `obj` in CPLEX LP (set here), always
    /// `R0000000` in MPS (its writer ignores the name). No row may take either.
    static let objectiveName = "obj"
    static let reservedRowNames: Set<String> = [objectiveName, "R0000000"]

    /// Words GLPK's CPLEX LP reader takes as section keywords or infinity
    /// when they start a line, compared case-insensitively.
    static let reservedWords: Set<String> = [
        "minimize", "minimum", "min", "maximize", "maximum", "max",
        "subject", "such", "st", "bounds", "bound", "general", "generals", "gen",
        "integer", "integers", "int", "binary", "binaries", "bin",
        "free", "inf", "infinity", "end",
    ]

    let problem: String
    let rows: [String]
    let columns: [String]

    init(_ model: Model) {
        problem = Self.sanitized(model.name, fallback: "problem")
        var rowNames = Self.reservedRowNames
        rows = model.constraints.enumerated().map { index, constraint in
            Self.unique(Self.sanitized(constraint.name, fallback: "r\(index + 1)"), among: &rowNames)
        }
        var columnNames: Set<String> = []
        columns = model.variables.enumerated().map { index, variable in
            Self.unique(Self.sanitized(variable.name, fallback: "x\(index + 1)"), among: &columnNames)
        }
    }

    static func sanitized(_ name: String, fallback: String) -> String {
        var stem = String(
            name.unicodeScalars.prefix(maximumStemLength).map { scalar in
                switch scalar.value {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: Character(scalar)
                default: "_"
                }
            })
        if stem.isEmpty {
            stem = fallback
        }
        if stem.first!.isNumber {
            stem = "_" + stem
        }
        if reservedWords.contains(stem.lowercased()) {
            stem += "_"
        }
        return stem
    }

    /// `stem`, or `stem_2`, `stem_3`… whichever is not yet in `names`; adds it.
    static func unique(_ stem: String, among names: inout Set<String>) -> String {
        var candidate = stem
        var suffix = 2
        while names.contains(candidate) {
            candidate = "\(stem)_\(suffix)"
            suffix += 1
        }
        names.insert(candidate)
        return candidate
    }
}
