import Foundation

/// A path made comparable: absolute, with the symlinks of its existing part
/// resolved and `.`/`..` of the part that does not exist yet folded by hand
/// (the kernel decides what `..` means where the path exists).
package enum ResolvedPath {
    package static func resolve(_ path: String) -> String {
        var head = absolute(path).split(separator: "/").map(String.init)
        var tail: [String] = []
        while true {
            if let real = realpath("/" + head.joined(separator: "/"), nil) {
                defer { free(real) }
                return fold(tail, onto: String(cString: real))
            }
            guard let last = head.popLast() else { return fold(tail, onto: "/") }
            tail.insert(last, at: 0)
        }
    }

    /// Whether `path` (resolved) lies inside the folder `folder` (resolved).
    package static func isInside(_ path: String, folder: String) -> Bool {
        path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func fold(_ components: [String], onto base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for component in components {
            switch component {
            case ".", "": continue
            case "..": _ = parts.popLast()
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
