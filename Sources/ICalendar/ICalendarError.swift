/// Everything that can go wrong while reading iCalendar data: malformed text,
/// values that do not parse, rules this module does not evaluate.
///
/// It always names the file, and the line whenever the problem comes from a
/// line (`nil` only for components that were built in code, not read).
public struct ICalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// An error about something read at `origin`, or built in code when `origin` is nil.
    init(at origin: ContentLineLocation?, _ message: String) {
        self.init(file: origin?.file ?? "<built in code>", line: origin?.line, message: message)
    }

    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}

/// Text from the file quoted in a message, cut short so that an error about
/// an enormous value stays readable.
func quoted(_ text: some StringProtocol) -> String {
    "\"" + (text.count > 60 ? text.prefix(60) + "…" : String(text)) + "\""
}
