import Foundation

/// The temporary files of an `OutputTransaction` and the folders it had to
/// create, so that both can be taken back.
struct Staging {
    private(set) var pending: [(temporary: String, target: String)] = []
    private var createdFolders: [String] = []

    /// Writes `file` under a temporary name beside its target.
    mutating func stage(_ file: (path: String, data: Data)) throws(OutputError) {
        let kind = FileKind(path: file.path)
        guard kind == .missing || kind == .regular else {
            throw OutputError(path: file.path, reason: String(cString: strerror(kind == .folder ? EISDIR : EINVAL)))
        }
        let target = URL(fileURLWithPath: file.path)
        try createFolders(target.deletingLastPathComponent())
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(pending.count).tmp"
        ).path
        StagingSignals.add(temporary)
        pending.append((temporary, file.path))
        try DurableWrite.create(temporary, data: file.data)
    }

    /// Renames the first `count` staged files over their targets.
    mutating func rename(count: Int) throws(OutputError) {
        for _ in 0..<min(count, pending.count) {
            let file = pending.removeFirst()
            guard Foundation.rename(file.temporary, file.target) == 0 else {
                let failure = OutputError.system(file.target)
                unlink(file.temporary)
                rollBack()
                throw failure
            }
        }
    }

    /// Removes every staged file not renamed yet and the folders made for them.
    mutating func rollBack() {
        for file in pending { unlink(file.temporary) }
        pending = []
        for folder in createdFolders.reversed() { rmdir(folder) }
        createdFolders = []
    }

    private mutating func createFolders(_ folder: URL) throws(OutputError) {
        var missing: [URL] = []
        var current = folder
        while FileKind(path: current.path) == .missing, current.path != "/" {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        for url in missing {
            guard mkdir(url.path, 0o777) == 0 || errno == EEXIST else { throw .system(url.path) }
            createdFolders.append(url.path)
        }
    }
}
