import Foundation
import MIP

/// Collects values from callbacks that run on the solving thread.
final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    func append(_ value: Value) {
        lock.withLock { storage.append(value) }
    }

    var values: [Value] {
        lock.withLock { storage }
    }
}

func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance * max(1, abs(expected))
}

/// Whether `values` satisfy every bound, integrality requirement and row of `model`.
func isFeasible(_ values: [Double], for model: Model, tolerance: Double = 1e-6) -> Bool {
    guard values.count == model.variableCount else { return false }
    for (value, variable) in zip(values, model.variables) {
        if let lower = variable.lowerBound, value < lower - tolerance { return false }
        if let upper = variable.upperBound, value > upper + tolerance { return false }
        if variable.kind != .continuous, abs(value - value.rounded()) > tolerance { return false }
    }
    for constraint in model.constraints {
        let activity = constraint.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
        switch constraint.bound {
        case .lessOrEqual(let upper): if activity > upper + tolerance { return false }
        case .greaterOrEqual(let lower): if activity < lower - tolerance { return false }
        case .equal(let value): if abs(activity - value) > tolerance { return false }
        case .range(let lower, let upper):
            if activity < lower - tolerance || activity > upper + tolerance { return false }
        }
    }
    return true
}
