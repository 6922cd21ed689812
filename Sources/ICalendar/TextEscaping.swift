/// TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line
/// breaks are escaped so that a value can never end its content line or
/// be mistaken for a list separator.
public enum TextEscaping {
    /// Escapes `\ ; ,` and turns every line break (CRLF, CR or LF) into `\n`.
    /// Other control characters are not allowed in TEXT and are dropped.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", ";", ",":
                out.append("\\")
                out.append(scalar)
            case "\r":
                out.append(contentsOf: "\\n".unicodeScalars)
            case "\n":
                if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t":
                out.append(scalar)
            default:
                if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Undoes ``escape(_:)``; `\N` is read as a line break too. An unknown
    /// escape such as `\:` is kept as written rather than guessed at.
    public static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            guard let next = iterator.next() else {
                out.append(scalar)
                break
            }
            switch next {
            case "n", "N": out.append("\n")
            case "\\", ";", ",": out.append(next)
            default:
                out.append(scalar)
                out.append(next)
            }
        }
        return String(out)
    }

    /// Splits a multi-valued TEXT property (CATEGORIES, RESOURCES) at its
    /// unescaped commas and unescapes each value.
    public static func splitList(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                values.append(unescape(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        values.append(unescape(current))
        return values
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
