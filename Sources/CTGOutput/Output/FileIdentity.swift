import Foundation

/// A file as the kernel sees it (device and inode), so that two spellings of
/// one file — a symlink, a hard link, `./x` and `x` — compare equal.
package struct FileIdentity: Hashable, Sendable {
    package var device: UInt64
    package var inode: UInt64

    /// The identity of what `path` names after following symlinks; nil when nothing is there.
    package init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

/// What kind of thing a path names, following symlinks.
package enum FileKind: Equatable, Sendable {
    case missing, regular, folder, other

    package init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            self = .missing
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        default: self = .other
        }
    }
}
