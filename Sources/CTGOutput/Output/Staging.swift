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
        try createFolders(URL(fileURLWithPath: file.path).deletingLastPathComponent())
        let temporary = Self.temporaryPath(for: file.path, index: pending.count)
        StagingSignals.add(temporary)
        pending.append((temporary, file.path))
        try DurableWrite.create(temporary, data: file.data)
    }

    /// The name the `index`-th file of a run is staged under, beside its
    /// target; known before anything is written, so the journal can list it.
    static func temporaryPath(for path: String, index: Int) -> String {
        let target = URL(fileURLWithPath: path)
        return target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(index).tmp"
        ).path
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

    /// Makes `folder` and its missing parents, remembered for `rollBack`.
    mutating func createFolders(_ folder: URL) throws(OutputError) {
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
