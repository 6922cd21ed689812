import Foundation

/// Reads iCalendar text into a ``Component`` tree, without interpreting values.
///
/// Reading is tolerant where real exports differ from RFC 5545 and harmless
/// (LF-only line ends, a byte-order mark, blank lines, lower-case names) and
/// strict where guessing could hide damage (unbalanced `BEGIN`/`END`,
/// control characters, lines that are not `NAME:VALUE`): those throw an
/// ``ICalendarError`` naming the file and line.
public enum ICalendarParser {
    /// Nesting deeper than any real calendar (VCALENDAR › VEVENT › VALARM is
    /// three); the limit keeps recursive walks of hostile input off the stack's edge.
    static let maximumDepth = 32

    /// Parses text holding one or more VCALENDAR objects.
    /// - Parameter file: the name errors will carry.
    public static func parse(_ text: String, file: String) throws(ICalendarError) -> [Component] {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses raw bytes, which must be UTF-8 (RFC 5545 §6).
    public static func parse(_ data: Data, file: String) throws(ICalendarError) -> [Component] {
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ICalendarError(file: file, line: firstNonUTF8Line(bytes), message: "the file is not UTF-8 text")
        }
        return try parse(bytes: bytes, file: file)
    }

    private static func parse(bytes: [UInt8], file: String) throws(ICalendarError) -> [Component] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let lines = Folding.unfold(body)
        guard let lastLine = lines.last else {
            throw ICalendarError(file: file, line: 1, message: "the file is empty")
        }

        var open: [Component] = []
        var calendars: [Component] = []
        for line in lines {
            let property = try ContentLine.parse(line, file: file)
            let origin = property.origin
            switch property.name {
            case "BEGIN":
                let name = componentName(property.value)
                guard !name.isEmpty else { throw ICalendarError(at: origin, "BEGIN without a component name") }
                guard !open.isEmpty || name == "VCALENDAR" else {
                    throw ICalendarError(at: origin, "expected BEGIN:VCALENDAR, found BEGIN:\(name)")
                }
                guard open.count < maximumDepth else {
                    throw ICalendarError(at: origin, "components are nested more than \(maximumDepth) deep")
                }
                open.append(Component(name: name, origin: origin))
            case "END":
                let name = componentName(property.value)
                guard let component = open.popLast() else {
                    throw ICalendarError(at: origin, "END:\(name) without a matching BEGIN")
                }
                guard component.name == name else {
                    throw ICalendarError(
                        at: origin,
                        "END:\(name) does not close BEGIN:\(component.name) of line \(component.origin?.line ?? 0)")
                }
                if open.isEmpty {
                    calendars.append(component)
                } else {
                    open[open.count - 1].components.append(component)
                }
            default:
                guard !open.isEmpty else {
                    throw ICalendarError(at: origin, "\(property.name) outside BEGIN:VCALENDAR … END:VCALENDAR")
                }
                open[open.count - 1].properties.append(property)
            }
        }
        if let unclosed = open.last {
            throw ICalendarError(
                at: unclosed.origin,
                "BEGIN:\(unclosed.name) is never closed; the file ends at line \(lastLine.number) (truncated?)")
        }
        return calendars
    }

    private static func componentName(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// The number of the first line holding bytes that are not UTF-8.
    private static func firstNonUTF8Line(_ bytes: [UInt8]) -> Int {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let index = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
        return index + 1
    }
}
