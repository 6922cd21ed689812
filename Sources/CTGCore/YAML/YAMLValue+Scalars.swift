/// Typed readings of scalar values.
///
/// Scalars are read from their text as written, never from what YAML 1.1
/// would resolve them to: an unquoted `14:00` is the sexagesimal number 840
/// to YAML 1.1 and an unquoted `2022-06-01` a timestamp at midnight UTC, but
/// the format says a tool reads them back as the time and the date written.
extension YAMLValue {
    /// Free text; an unquoted number or `true` is text too (`name: 2022`).
    package func text() -> String? {
        guard let text = scalarText else {
            expected("text")
            return nil
        }
        return text
    }

    func nonEmptyText() -> String? {
        guard let text = text() else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            error("must not be empty")
            return nil
        }
        return text
    }

    /// A whole number within `range`; a number too large for `Int`
    /// (`99999999999999999999`) is reported as out of range, not as a non-number.
    package func int(in range: ClosedRange<Int>) -> Int? {
        guard let text = plainText, Self.isInteger(text) else {
            expected("an integer", unquoted: scalarText.map(Self.isInteger) ?? false)
            return nil
        }
        guard let value = Int(text), range.contains(value) else {
            let isLow = Int(text).map { $0 < range.lowerBound } ?? text.hasPrefix("-")
            error("must be \(isLow ? "at least \(range.lowerBound)" : "at most \(range.upperBound)"), got \(text)")
            return nil
        }
        return value
    }

    private static func isInteger(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The `version` of a file format, of which this tool reads one.
    package func version(supported: Int) -> Int? {
        guard let version = int(in: Int.min...Int.max) else { return nil }
        guard version == supported else {
            error("unsupported version \(version): this tool reads version \(supported)")
            return nil
        }
        return version
    }

    /// `true` or `false`, and the other YAML 1.1 spellings (`yes`, `off`…).
    package func bool() -> Bool? {
        switch plainText {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default:
            expected("true or false", unquoted: ["true", "false"].contains(scalarText ?? ""))
            return nil
        }
    }

    package func date() -> LocalDate? {
        guard let text = scalarText, let date = LocalDate(text) else {
            expected("a date YYYY-MM-DD")
            return nil
        }
        return date
    }

    package func time() -> LocalTime? {
        guard let text = scalarText, let time = LocalTime(text) else {
            expected("a time HH:MM")
            return nil
        }
        return time
    }

    package func weekday() -> Weekday? {
        guard let text = scalarText else {
            expected("a weekday")
            return nil
        }
        if let weekday = Weekday(rawValue: text) { return weekday }
        let names = Weekday.allCases.map(\.rawValue)
        let guess = Weekday(rawValue: String(text.lowercased().prefix(3)))
        let hint = guess.map { " (did you mean \(quoted($0.rawValue))?)" } ?? ""
        error("expected a weekday (\(names.joined(separator: " "))), got \(quoted(text))\(hint)")
        return nil
    }

    /// One of a fixed set of words (`kind`, `holidays`).
    func choice(_ options: [String]) -> String? {
        guard let text = scalarText else {
            expected("one of \(options.joined(separator: ", "))")
            return nil
        }
        guard options.contains(text) else {
            let hint = Suggestions.hint(for: text, among: options)
            error("expected one of \(options.joined(separator: ", ")), got \(quoted(text))\(hint)")
            return nil
        }
        return text
    }

    /// An address for ICS `ATTENDEE` and `ORGANIZER` (`mailto:` is added on output).
    package func email() -> String? {
        guard let text = text() else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else {
            error("expected an email address, got \(quoted(text))")
            return nil
        }
        return text
    }
}
