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

    /// Stops watching: forgets the paths (renamed or removed by now), puts
    /// back the earlier handlers and delivers a signal held meanwhile.
    package static func end() {
        let buffer = stagedPaths
        let count = stagedCount
        stagedCount = 0
        stagedPaths = nil
        signal(SIGINT, previousInterrupt)
        signal(SIGTERM, previousTerminate)
        var set = signals
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
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
