internal import Foundation

/// Runs work on a new thread while the caller waits.
///
/// GLPK's environment is thread-local and must be freed on the thread that
/// used it. A thread per solve makes that lifetime exact, keeps concurrent
/// solves apart, and leaves no GLPK state on the caller's thread, which may
/// be a pooled one (a Dispatch or Swift-concurrency worker).
enum DedicatedThread {
    /// A main thread's stack, which GLPK's recursive routines (its clique
    /// search, for one) were written for; Darwin gives other threads 512 KiB.
    static let stackSize = 8 << 20

    static func run<Value: Sendable>(
        named name: String,
        _ body: @escaping @Sendable () throws -> Value
    ) throws -> Value {
        let handoff = Handoff<Value>()
        let thread = Thread { handoff.deliver(Result(catching: body)) }
        thread.name = name
        thread.stackSize = stackSize
        thread.start()
        return try handoff.wait().get()
    }
}

/// Carries the result from the worker thread to the waiting caller. Only the
/// worker writes, once, before signalling; only the caller reads, after
/// waiting: the semaphore orders the two, which is why no lock is needed.
private final class Handoff<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let delivered = DispatchSemaphore(value: 0)

    func deliver(_ result: Result<Value, any Error>) {
        self.result = result
        delivered.signal()
    }

    func wait() -> Result<Value, any Error> {
        delivered.wait()
        return result!
    }
}
