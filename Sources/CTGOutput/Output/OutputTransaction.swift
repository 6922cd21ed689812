import Foundation

/// Every file of a run written as one step: each is staged under a temporary
/// name in its target folder and flushed, and the renames start only when
/// all are staged, so a failure or a signal before that changes nothing.
///
/// The renames of several files cannot be atomic as a set: a `CommitJournal`
/// beside the last file records them first, so that a run killed halfway is
/// finished by the next one. They run in the order given, with the last file
/// (`schedule.json`, what later runs read) renamed last.
package struct OutputTransaction {
    package var files: [(path: String, data: Data)]
    /// Folders whose files from an earlier run are replaced as a whole (see `OutputManifest`).
    package var folders: [String] = []

    package init(files: [(path: String, data: Data)], folders: [String] = []) {
        self.files = files
        self.folders = folders
    }

    package func commit() throws(OutputError) {
        guard let last = files.last else { return }
        let manifests = folders.map { OutputManifest(folder: $0, paths: files.map(\.path)) }
        let contents = Array(files.dropLast())
        let plan = contents + manifests.map { ($0.path, $0.data) } + [last]
        let renames = plan.enumerated().map { (Staging.temporaryPath(for: $1.path, index: $0), $1.path) }
        let journalFolder = URL(fileURLWithPath: last.path).deletingLastPathComponent()
        var staging = Staging()
        StagingSignals.begin(capacity: plan.count + 2)
        defer { StagingSignals.end() }
        do throws(OutputError) {
            try staging.createFolders(journalFolder)
            // A signal while staging removes the journal too: nothing is left to recover.
            StagingSignals.add(CommitJournal.path(in: journalFolder.path))
            StagingSignals.add(CommitJournal.path(in: journalFolder.path) + ".tmp")
            CommitJournal.recover(in: journalFolder.path)
            try CommitJournal(state: .staging, renames: renames).record(in: journalFolder.path)
            for file in plan { try staging.stage(file) }
            TestHooks.pauseAfterStaging()
            StagingSignals.holdDuringRenames()
            try CommitJournal(state: .renaming, renames: renames, removals: manifests.flatMap { $0.stale() })
                .record(in: journalFolder.path)
        } catch {
            CommitJournal.clear(in: journalFolder.path)
            staging.rollBack()
            throw error
        }
        defer { CommitJournal.clear(in: journalFolder.path) }
        try staging.rename(count: contents.count)
        for manifest in manifests { manifest.removeStale() }
        try staging.rename(count: staging.pending.count)
        for folder in Set(plan.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }) {
            DurableWrite.syncFolder(folder)
        }
    }
}
