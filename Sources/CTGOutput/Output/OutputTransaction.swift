import Foundation

/// Every file of a run written as one step: each is staged under a temporary
/// name in its target folder and flushed, and the renames start only when
/// all are staged, so a failure or a signal before that changes nothing.
///
/// The renames of several files cannot be atomic as a set; they run in the
/// order given, with the last file (`schedule.json`, what later runs read)
/// renamed last, so that an interrupted set still shows the earlier schedule.
package struct OutputTransaction {
    package var files: [(path: String, data: Data)]
    /// Folders whose files from an earlier run are replaced as a whole (see `OutputManifest`).
    package var folders: [String] = []

    package init(files: [(path: String, data: Data)], folders: [String] = []) {
        self.files = files
        self.folders = folders
    }

    package func commit() throws(OutputError) {
        let manifests = folders.map { OutputManifest(folder: $0, paths: files.map(\.path)) }
        let contents = Array(files.dropLast())
        let plan = contents + manifests.map { ($0.path, $0.data) } + Array(files.suffix(1))
        var staging = Staging()
        StagingSignals.begin(capacity: plan.count)
        defer { StagingSignals.end() }
        do throws(OutputError) {
            for file in plan { try staging.stage(file) }
        } catch {
            staging.rollBack()
            throw error
        }
        TestHooks.pauseAfterStaging()
        StagingSignals.holdDuringRenames()
        try staging.rename(count: contents.count)
        for manifest in manifests { manifest.removeStale() }
        try staging.rename(count: staging.pending.count)
        for folder in Set(plan.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }) {
            DurableWrite.syncFolder(folder)
        }
    }
}
