import Foundation

/// Writes with the system calls themselves, so that every failure — a full
/// disk included, which often shows only at `fsync` or `close` — is an error
/// rather than a short file.
package enum DurableWrite {
    /// Creates `path` (which must not exist), writes `data`, flushes it to the disk.
    package static func create(_ path: String, data: Data) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .system(path) }
        do throws(OutputError) {
            try write(data, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw .system(path) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw .system(path) }
    }

    /// Writes all of `data`, resuming after partial writes and interruptions.
    package static func write(_ data: Data, to descriptor: Int32, path: String) throws(OutputError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw OutputError(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Makes the renames in `folder` survive a power cut.
    package static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

extension OutputError {
    /// The error `errno` tells about `path`.
    static func system(_ path: String) -> OutputError {
        OutputError(path: path, reason: String(cString: strerror(errno)))
    }
}
