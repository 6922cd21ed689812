/// Collects what GLPK prints, which arrives through `glp_term_hook` in
/// arbitrary pieces, and turns it into lines.
///
/// Lines go to the caller's `log`, and the last few are kept whatever the
/// `log`: they carry GLPK's explanation when its error hook fires.
final class TerminalOutput {
    private static let keptLines = 8

    private let log: (@Sendable (String) -> Void)?
    private var partialLine = ""
    private(set) var recentLines: [String] = []

    init(log: (@Sendable (String) -> Void)?) {
        self.log = log
    }

    func receive(_ text: String) {
        partialLine += text
        while let newline = partialLine.firstIndex(of: "\n") {
            emit(String(partialLine[..<newline]))
            partialLine.removeSubrange(...newline)
        }
    }

    /// Emits a last line that GLPK left without a newline.
    func flush() {
        guard !partialLine.isEmpty else { return }
        emit(partialLine)
        partialLine = ""
    }

    func forgetRecentLines() {
        recentLines.removeAll()
    }

    private func emit(_ line: String) {
        log?(line)
        recentLines.append(line)
        if recentLines.count > Self.keptLines {
            recentLines.removeFirst()
        }
    }
}
