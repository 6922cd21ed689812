extension SolveOptions {
    /// Throws `MIPError.invalidOption` for a value GLPK would reject or
    /// misread; the starting solution is checked separately, against the
    /// model, by `StartingSolution`.
    func validate() throws(MIPError) {
        if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) {
            throw .invalidOption("timeLimit must be a positive number of seconds, not \(timeLimit)")
        }
        if let relativeGap, !(relativeGap.isFinite && relativeGap >= 0) {
            throw .invalidOption("relativeGap must be a non-negative number, not \(relativeGap)")
        }
        if let proximityTimeLimit, !(proximityTimeLimit.isFinite && proximityTimeLimit > 0) {
            throw .invalidOption("proximityTimeLimit must be a positive number of seconds, not \(proximityTimeLimit)")
        }
        guard progressInterval.isFinite && progressInterval >= 0 else {
            throw .invalidOption("progressInterval must be a non-negative number of seconds, not \(progressInterval)")
        }
    }
}

/// GLPK's time limits are whole milliseconds in an `Int32`, where
/// `Int32.max` means no limit.
func glpkMilliseconds(_ seconds: Double) -> Int32 {
    let milliseconds = (seconds * 1000).rounded(.up)
    return milliseconds >= Double(Int32.max) ? Int32.max : max(1, Int32(milliseconds))
}
