/// A failure that is the planner's own fault, never the instance's (the
/// CLI's exit code 4).
package enum PlannerError: Error, CustomStringConvertible {
    case internalError(String)
    package var description: String {
        switch self {
        case .internalError(let message): "internal error: \(message)"
        }
    }
}
