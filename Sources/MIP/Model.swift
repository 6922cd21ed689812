/// A mixed-integer linear program, held in plain Swift until a solve.
///
/// The model is a value: building it touches no C code, so it can be made on
/// any thread and handed to `Solver`, which copies it into GLPK on a thread of
/// its own. Indices are checked here, at the point of insertion, so that
/// nothing invalid can ever reach GLPK (which aborts the process on a bad
/// argument).
///
/// ```swift
/// var model = Model(name: "knapsack")
/// let a = model.addVariable(name: "a", kind: .binary, objective: 5)
/// let b = model.addVariable(name: "b", kind: .binary, objective: 4)
/// model.addConstraint(name: "weight", [(a, 3), (b, 2)], .lessOrEqual(4))
/// model.direction = .maximize
/// ```
public struct Model: Sendable {
    public var name: String
    public var direction: Direction = .minimize
    /// A constant added to the objective (GLPK's column 0 coefficient).
    public var objectiveConstant: Double = 0
    public private(set) var variables: [VariableInfo] = []
    public private(set) var constraints: [ConstraintInfo] = []

    public init(name: String) {
        self.name = name
    }

    public var variableCount: Int { variables.count }
    public var constraintCount: Int { constraints.count }
    public var nonzeroCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }

    /// Adds a variable. Bounds default to those of the kind (`binary`: 0…1,
    /// otherwise 0…+∞); pass `nil` explicitly through `lowerBound:` for a free variable.
    @discardableResult
    public mutating func addVariable(
        name: String,
        kind: VariableKind = .continuous,
        lowerBound: Double? = 0,
        upperBound: Double? = nil,
        objective: Double = 0
    ) -> Variable {
        let (lower, upper): (Double?, Double?) = kind == .binary ? (0, 1) : (lowerBound, upperBound)
        variables.append(
            VariableInfo(name: name, kind: kind, lowerBound: lower, upperBound: upper, objective: objective))
        return Variable(index: variables.count - 1)
    }

    /// Sets the objective coefficient of `variable`.
    public mutating func setObjective(_ variable: Variable, _ coefficient: Double) {
        precondition(contains(variable), "variable \(variable.index) is not in model \(name)")
        variables[variable.index].objective = coefficient
    }

    /// Adds a linear row. Terms on the same variable are summed and zero
    /// coefficients dropped, because GLPK rejects duplicate column indices.
    @discardableResult
    public mutating func addConstraint(
        name: String,
        _ terms: [(Variable, Double)],
        _ bound: ConstraintBound
    ) -> Constraint {
        var merged: [Int: Double] = [:]
        for (variable, coefficient) in terms {
            precondition(contains(variable), "variable \(variable.index) is not in model \(name)")
            merged[variable.index, default: 0] += coefficient
        }
        let row = merged.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
            Term(variable: Variable(index: $0.key), coefficient: $0.value)
        }
        constraints.append(ConstraintInfo(name: name, terms: row, bound: bound))
        return Constraint(index: constraints.count - 1)
    }

    public func contains(_ variable: Variable) -> Bool {
        variable.index >= 0 && variable.index < variables.count
    }

    /// Evaluates the objective at `values` (one per variable).
    public func objectiveValue(at values: [Double]) -> Double {
        zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.objective * $1.1 }
    }
}

public enum Direction: Sendable { case minimize, maximize }

public enum VariableKind: Sendable, Equatable { case continuous, integer, binary }

/// A handle on one column of a `Model`.
public struct Variable: Hashable, Sendable, Comparable {
    public let index: Int
    public static func < (a: Variable, b: Variable) -> Bool { a.index < b.index }
}

/// A handle on one row of a `Model`.
public struct Constraint: Hashable, Sendable {
    public let index: Int
}

public struct Term: Sendable, Equatable {
    public var variable: Variable
    public var coefficient: Double
}

/// The right-hand side of a row: `lower ≤ Σ aᵢxᵢ ≤ upper` with either side open.
public enum ConstraintBound: Sendable, Equatable {
    case lessOrEqual(Double)
    case greaterOrEqual(Double)
    case equal(Double)
    case range(Double, Double)
}

public struct VariableInfo: Sendable {
    public var name: String
    public var kind: VariableKind
    public var lowerBound: Double?
    public var upperBound: Double?
    public var objective: Double
}

public struct ConstraintInfo: Sendable {
    public var name: String
    public var terms: [Term]
    public var bound: ConstraintBound
}
