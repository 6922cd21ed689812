import Foundation

/// Every path a run reads and writes, checked before any work so that an
/// output never replaces an input nor another output, and never turns a
/// device or a pipe into a regular file.
package struct OutputPaths {
    /// A path and the option (or argument) that gave it, for messages.
    package struct Entry: Sendable {
        package var option: String
        package var path: String

        package init(_ option: String, _ path: String) {
            self.option = option
            self.path = path
        }
    }

    package var files: [Entry] = []
    package var folders: [Entry] = []
    package var inputs: [Entry] = []
    /// Input options an output may replace on purpose, e.g. `--previous` by
    /// `--schedule`: re-planning replaces the schedule it starts from.
    package var replaceable: [(input: String, output: String)] = []

    package init() {}

    package func check() throws(OutputPathError) {
        for file in files where ![.missing, .regular].contains(FileKind(path: file.path)) {
            throw .notRegular(file.option, path: file.path)
        }
        for folder in folders where ![.missing, .folder].contains(FileKind(path: folder.path)) {
            throw .notFolder(folder.option, path: folder.path)
        }
        try checkNoOverlap()
    }

    /// The late check of files whose names are known only when writing
    /// (feeds, invitations): none of them may be an input either.
    package func checkWritten(_ paths: [String]) throws(OutputPathError) {
        let guarded = inputs.filter { input in !replaceable.contains { $0.input == input.option } }
            .compactMap { input in FileIdentity(path: input.path).map { (input, $0) } }
        for path in paths {
            guard let identity = FileIdentity(path: path) else { continue }
            for (input, inputIdentity) in guarded where inputIdentity == identity {
                let resolved = ResolvedPath.resolve(path)
                let folder = folders.first { ResolvedPath.isInside(resolved, folder: ResolvedPath.resolve($0.path)) }
                throw .sameFile(input.option, folder?.option ?? path, path: path)
            }
        }
    }

    private func checkNoOverlap() throws(OutputPathError) {
        let outputs = (files + folders).map(Resolved.init)
        let sources = inputs.map(Resolved.init)
        for (index, output) in outputs.enumerated() {
            for other in outputs[(index + 1)...] where output.isSame(as: other) {
                throw .sameFile(output.option, other.option, path: output.display)
            }
            for input in sources where output.isSame(as: input) && !mayReplace(input.option, output.option) {
                throw .sameFile(input.option, output.option, path: input.display)
            }
        }
        for file in files.map(Resolved.init) {
            for folder in folders.map(Resolved.init) where ResolvedPath.isInside(file.path, folder: folder.path) {
                throw .insideFolder(file.option, folder.option, path: file.display)
            }
        }
    }

    private func mayReplace(_ input: String, _ output: String) -> Bool {
        replaceable.contains { $0.input == input && $0.output == output }
    }

    private struct Resolved {
        var option: String
        var display: String
        var path: String
        var identity: FileIdentity?

        init(_ entry: Entry) {
            option = entry.option
            display = entry.path
            path = ResolvedPath.resolve(entry.path)
            identity = FileIdentity(path: entry.path)
        }

        func isSame(as other: Resolved) -> Bool {
            if let identity, let otherIdentity = other.identity { return identity == otherIdentity }
            return path == other.path
        }
    }
}
