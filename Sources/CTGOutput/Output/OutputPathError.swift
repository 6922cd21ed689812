import CTGCore

/// An output path that cannot be used: a usage error (exit code 2), found
/// before any work so that nothing is written.
package enum OutputPathError: Error, Equatable {
    /// Two options (or an option and an input) name one file.
    case sameFile(String, String, path: String)
    /// A file output lies inside a folder output.
    case insideFolder(String, String, path: String)
    /// A file output is a device, a pipe, a socket or a folder.
    case notRegular(String, path: String)
    /// A folder output exists and is not a folder.
    case notFolder(String, path: String)

    package func message(_ texts: Texts) -> String {
        switch self {
        case .sameFile(let first, let second, let path): texts(.outputSameFile, first, second, path)
        case .insideFolder(let file, let folder, let path): texts(.outputInsideFolder, file, folder, path)
        case .notRegular(let option, let path): texts(.outputNotRegular, option, path)
        case .notFolder(let option, let path): texts(.outputNotFolder, option, path)
        }
    }
}
