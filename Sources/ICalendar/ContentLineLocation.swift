/// Where a component or property was read: the file name the caller gave the
/// parser and the line its content line starts on (1-based, before unfolding).
public struct ContentLineLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
