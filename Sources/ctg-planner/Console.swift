import Foundation

/// Results go to standard output, everything else to standard error.
///
/// Every line passes through ``visible(_:)``: titles, names and ids come
/// from the instance, where a YAML escape (`"\e]0;pwned\a"`) can hold
/// terminal control sequences that would retitle the window, hide text or
/// move the cursor over earlier lines.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((visible(text) + "\n").utf8))
    }

    static func error(_ lines: [String]) {
        for line in lines { error(line) }
    }

    static func out(_ lines: [String]) {
        for line in lines { out(line) }
    }

    /// `terminator: ""` for a text that ends its own lines (JSON).
    static func out(_ text: String, terminator: String = "\n") {
        print(visible(text), terminator: terminator)
    }

    /// C0 controls other than line feed and tab, DEL and the C1 controls,
    /// shown the way `cat -v` does: ESC as `^[`, NUL as `^@`, DEL as `^?`,
    /// U+009B as `M-^[`.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isHidden(scalar) else {
                out.append(scalar)
                continue
            }
            let value = scalar.value
            if value >= 0x80 { out.append(contentsOf: "M-".unicodeScalars) }
            let low = value & 0x7F
            out.append("^")
            out.append(Unicode.Scalar(UInt8(low == 0x7F ? 0x3F : low + 0x40)))
        }
        return String(out)
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
