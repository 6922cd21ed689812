import Foundation

/// An advisory lock (`flock`) on `.ctg-planner.lock` in the schedule's
/// folder, held from before the previous schedule is read until the last
/// rename, so that two runs into one folder follow each other instead of
/// mixing their files. Taking it first finishes what a killed run left
/// half-renamed (`CommitJournal`). The file keeps the holder's pid for the waiting run's
/// message; it stays in the folder (removing it would let a third run lock a
/// new file while the second still waits on the old one).
package final class OutputLock {
    package static let fileName = ".ctg-planner.lock"

    private let descriptor: Int32

    /// Takes the lock for the folder of `schedulePath` (or its nearest existing
    /// parent), calling `waiting` with the holder's pid if another run has it.
    package init(schedulePath: String, waiting: (Int32?) -> Void) throws(OutputError) {
        let path = URL(fileURLWithPath: Self.existingFolder(of: schedulePath)).appendingPathComponent(Self.fileName)
            .path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .system(path) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting(holder())
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw .system(path)
                }
            }
        }
        CommitJournal.recover(in: URL(fileURLWithPath: schedulePath).deletingLastPathComponent().path)
        ftruncate(descriptor, 0)
        try? DurableWrite.write(Data("\(getpid())\n".utf8), to: descriptor, path: path)
    }

    private var held = true

    /// Lets the next run in; the end of the process does the same.
    package func release() {
        guard held else { return }
        held = false
        close(descriptor)
    }

    deinit { release() }

    private func holder() -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func existingFolder(of path: String) -> String {
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        while FileKind(path: folder.path) != .folder, folder.path != "/" { folder = folder.deletingLastPathComponent() }
        return folder.path
    }
}
