import Foundation

/// Results go to standard output, everything else to standard error.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ lines: [String]) {
        for line in lines { error(line) }
    }

    static func out(_ lines: [String]) {
        for line in lines { print(line) }
    }
}
