import Foundation

/// Removes the temporary files of a run when SIGINT or SIGTERM arrives while
/// they are staged. A signal handler may only call async-signal-safe
/// functions, so the paths live in a C buffer the handler walks with
/// `unlink` before `_exit(128 + signal)` (130, 143).
package enum StagingSignals {
    /// Starts watching, for at most `capacity` temporary files.
    package static func begin(capacity: Int) {
        let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(capacity, 1))
        stagedCount = 0
        stagedPaths = buffer
        previousInterrupt = signal(SIGINT, removeStagedAndExit)
        previousTerminate = signal(SIGTERM, removeStagedAndExit)
        // A mask inherited from the parent (test runners block them) would
        // hold the signals back until the run is over.
        var set = signals
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Records `path` before the file is created, so no moment leaves a file unlisted.
    package static func add(_ path: String) {
        guard let buffer = stagedPaths else { return }
        buffer[stagedCount] = strdup(path)
        stagedCount += 1
    }

    /// Holds SIGINT and SIGTERM back while the renames run, so that a signal
    /// cannot stop a run halfway through them; `end` lets them in again.
    package static func holdDuringRenames() {
        var set = signals
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Stops watching: forgets the paths (renamed or removed by now), lets a
    /// signal held during the renames in — the handler, with nothing left to
    /// remove, then only exits — and puts back the earlier handlers.
    package static func end() {
        let buffer = stagedPaths
        let count = stagedCount
        stagedPaths = nil
        stagedCount = 0
        var set = signals
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT, previousInterrupt)
        signal(SIGTERM, previousTerminate)
        guard let buffer else { return }
        for index in 0..<count { free(buffer[index]) }
        buffer.deallocate()
    }

    private static var signals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }
}

nonisolated(unsafe) private var stagedPaths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
nonisolated(unsafe) private var stagedCount = 0
nonisolated(unsafe) private var previousInterrupt: (@convention(c) (Int32) -> Void)?
nonisolated(unsafe) private var previousTerminate: (@convention(c) (Int32) -> Void)?

private func removeStagedAndExit(_ signal: Int32) {
    if let buffer = stagedPaths {
        for index in 0..<stagedCount {
            if let path = buffer[index] { unlink(path) }
        }
    }
    _exit(128 + signal)
}
