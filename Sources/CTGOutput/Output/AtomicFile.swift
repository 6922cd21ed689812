import Foundation

/// Writes files so that a reader never sees half of one and a failing run
/// leaves the previous file as it was: the bytes go to a temporary file in the
/// same directory, which is then renamed over the target.
package enum AtomicFile {
    package static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    package static func write(_ data: Data, to path: String) throws {
        try writeAll([(path, data)])
    }

    /// Writes several files as one step: all temporaries first, then the
    /// renames, so a failure while preparing leaves every old file untouched.
    package static func writeAll(_ files: [(path: String, data: Data)]) throws {
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for (index, file) in files.enumerated() {
                let url = URL(fileURLWithPath: file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = url.deletingLastPathComponent().appendingPathComponent(
                    ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(index).tmp")
                try file.data.write(to: temporary)
                staged.append((temporary, url))
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
            throw OutputError(path: files.first?.path ?? "", reason: error.localizedDescription)
        }
        for file in staged where rename(file.temporary.path, file.target.path) != 0 {
            let code = errno
            throw OutputError(path: file.target.path, reason: String(cString: strerror(code)))
        }
    }
}

package struct OutputError: Error, CustomStringConvertible {
    package var path: String
    package var reason: String
    package var description: String { "cannot write \(path): \(reason)" }
}
