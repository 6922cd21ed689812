import Foundation

/// The list, kept in each output folder (`--feeds`, `--invitations`), of the
/// files the last run wrote there. The next run removes those it no longer
/// produces — a removed partner's feed must not keep showing old times —
/// and never touches a file it did not write itself.
package struct OutputManifest {
    package static let fileName = ".ctg-planner-files"

    package var folder: String
    /// Paths relative to `folder`, as the run writes them.
    package var names: [String]

    /// The manifest of a run: the files among `paths` that lie in `folder`.
    package init(folder: String, paths: [String]) {
        self.folder = folder
        let root = URL(fileURLWithPath: folder).standardized.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        names = paths.map { URL(fileURLWithPath: $0).standardized.path }.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    package var path: String { URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName).path }

    package var data: Data { Data(names.map { $0 + "\n" }.joined().utf8) }

    /// Files the previous run listed that this run does not write. Entries
    /// that would leave the folder (absolute, `..`) are ignored: the list is
    /// a file anyone can edit.
    package func stale() -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let current = Set(names)
        return text.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") && !current.contains($0) }
            .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
    }

    /// Removes the stale files, and a subfolder (one partner's invitations) they leave empty.
    package func removeStale() {
        for path in stale() {
            unlink(path)
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            if parent.standardized.path != URL(fileURLWithPath: folder).standardized.path { rmdir(parent.path) }
        }
    }
}
