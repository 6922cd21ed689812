import Foundation

/// What an `OutputTransaction` is doing, kept in `.ctg-planner-commit` beside
/// the schedule, so that a run killed with no chance to clean up (`kill -9`,
/// a power cut) is finished or undone by the next one and the folder never
/// stays a mix of two runs: the renames of several files cannot be atomic as
/// a set, but their intent can be made durable before the first of them.
///
/// While *staging*, the journal lists the temporary files about to be written:
/// recovery removes them, and the earlier files stand. Once every file is
/// staged and flushed it says *renaming*: recovery renames the temporary files
/// still there over their targets and removes the stale files listed, which
/// completes the run. The journal itself is replaced by rename, so it is
/// always whole.
package struct CommitJournal {
    package static let fileName = ".ctg-planner-commit"

    package enum State: String {
        case staging, renaming
    }

    package var state: State
    package var renames: [(temporary: String, target: String)]
    package var removals: [String] = []

    package init(state: State, renames: [(temporary: String, target: String)], removals: [String] = []) {
        self.state = state
        self.renames = renames
        self.removals = removals
    }

    package static func path(in folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(fileName).path
    }

    /// Makes this the folder's journal, durably.
    package func record(in folder: String) throws(OutputError) {
        let path = Self.path(in: folder)
        let temporary = path + ".tmp"
        unlink(temporary)
        try DurableWrite.create(temporary, data: Data(text.utf8))
        guard rename(temporary, path) == 0 else {
            let failure = OutputError.system(path)
            unlink(temporary)
            throw failure
        }
        DurableWrite.syncFolder(folder)
    }

    /// The run is over, done or undone: nothing is left to recover.
    package static func clear(in folder: String) {
        unlink(path(in: folder))
        DurableWrite.syncFolder(folder)
    }

    /// Finishes or undoes the transaction an interrupted run left in
    /// `folder`, if any. Called before a schedule there is read or replaced.
    package static func recover(in folder: String) {
        unlink(path(in: folder) + ".tmp")
        guard let text = try? String(contentsOfFile: path(in: folder), encoding: .utf8),
            let journal = CommitJournal(text: text)
        else {
            clear(in: folder)
            return
        }
        switch journal.state {
        case .staging:
            for file in journal.renames { unlink(file.temporary) }
        case .renaming:
            for file in journal.renames where access(file.temporary, F_OK) == 0 {
                rename(file.temporary, file.target)
            }
            for path in journal.removals { unlink(path) }
        }
        for folder in Set(journal.renames.map { URL(fileURLWithPath: $0.target).deletingLastPathComponent().path }) {
            DurableWrite.syncFolder(folder)
        }
        clear(in: folder)
    }

    /// One line for the state, then `rename TEMPORARY TARGET` and `remove
    /// PATH` lines, tab-separated (paths hold no tab or newline: they come
    /// from the command line and from file names the tool makes safe).
    private var text: String {
        ([state.rawValue] + renames.map { "rename\t\($0.temporary)\t\($0.target)" } + removals.map { "remove\t\($0)" })
            .joined(separator: "\n") + "\n"
    }

    private init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let first = lines.first, let state = State(rawValue: first) else { return nil }
        lines.removeFirst()
        self.state = state
        renames = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("rename", 3): renames.append((fields[1], fields[2]))
            case ("remove", 2): removals.append(fields[1])
            default: return nil
            }
        }
    }
}
