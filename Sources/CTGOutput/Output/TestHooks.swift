import Foundation

/// Test-only: `CTG_PLANNER_TEST_PAUSE_STAGING_MS` holds a run this long with
/// every file staged and none renamed, so that tests can interrupt it in the
/// window that matters (signals, `kill -9`, a concurrent run). Not for users.
enum TestHooks {
    static func pauseAfterStaging() {
        guard let text = ProcessInfo.processInfo.environment["CTG_PLANNER_TEST_PAUSE_STAGING_MS"],
            let milliseconds = UInt32(text)
        else { return }
        usleep(milliseconds * 1000)
    }
}
