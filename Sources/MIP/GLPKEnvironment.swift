internal import CGLPK
internal import CGLPKShim

/// GLPK's environment on the current thread, from first use to
/// `glp_free_env`.
///
/// GLPK keeps its environment — memory blocks, problem objects, hooks — in
/// thread-local storage, so everything done with one environment must stay on
/// the thread that opened it. `Solver` opens one per solve on a thread of its
/// own; tests open one on a thread they own to look at `glp_mem_usage`.
final class GLPKEnvironment {
    /// False once GLPK's error hook fired or the environment was freed: from
    /// then on no GLPK routine may be called, not even `glp_delete_prob`.
    private(set) var isUsable = true
    private let terminal: TerminalOutput

    private init(log: (@Sendable (String) -> Void)?) {
        terminal = TerminalOutput(log: log)
    }

    /// Runs `body` with a fresh environment on the current thread, then frees
    /// it, whatever `body` left behind or however GLPK failed.
    ///
    /// GLPK's output goes to `log`, or nowhere: the terminal hook always
    /// tells GLPK not to write to standard output itself.
    static func withEnvironment<Value>(
        log: (@Sendable (String) -> Void)?,
        _ body: (GLPKEnvironment) throws -> Value
    ) throws -> Value {
        let environment = GLPKEnvironment(log: log)
        glp_term_hook(receiveTerminalOutput, Unmanaged.passUnretained(environment.terminal).toOpaque())
        defer {
            environment.isUsable = false
            glp_free_env()
            environment.terminal.flush()
        }
        return try withExtendedLifetime(environment.terminal) { try body(environment) }
    }

    /// Calls one of the shim's guarded routines and turns a fired error hook
    /// into `MIPError.internalError` carrying GLPK's message.
    func guarded(_ call: (_ failed: UnsafeMutablePointer<Int32>) -> Int32) throws(MIPError) -> Int32 {
        precondition(isUsable, "GLPK environment used after an internal error or after being freed")
        terminal.forgetRecentLines()
        var failed: Int32 = 0
        let result = call(&failed)
        guard failed == 0 else {
            isUsable = false
            terminal.flush()
            throw .internalError(terminal.recentLines.joined(separator: "\n"))
        }
        return result
    }

    /// The last lines GLPK printed, which explain a failed write.
    var recentOutput: String {
        terminal.flush()
        return terminal.recentLines.joined(separator: "\n")
    }
}

/// `glp_term_hook` callback; returning nonzero keeps GLPK off stdout.
private func receiveTerminalOutput(info: UnsafeMutableRawPointer?, text: UnsafePointer<CChar>?) -> Int32 {
    if let info, let text {
        Unmanaged<TerminalOutput>.fromOpaque(info).takeUnretainedValue().receive(String(cString: text))
    }
    return 1
}
