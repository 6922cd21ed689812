/// The grammar of one unfolded content line (RFC 5545 §3.1):
/// `name *(";" param) ":" value`, with `param = name "=" value *("," value)`.
enum ContentLine {
    // MARK: Writing

    /// The unfolded text of a property. Whatever the caller put in the
    /// property, the result is exactly one content line: names keep only
    /// the characters a name may have, and control characters are dropped
    /// from values, so no value can start a new property or component.
    static func format(_ property: Property) -> String {
        var line = sanitizedName(property.name)
        for parameter in property.parameters {
            line += ";" + sanitizedName(parameter.name) + "="
            line += parameter.values.map(formattedParameterValue).joined(separator: ",")
        }
        line += ":"
        line.unicodeScalars.append(
            contentsOf: property.value.unicodeScalars.filter { $0 == "\t" || !TextEscaping.isControl($0) })
        return line
    }

    /// Upper-cased, keeping only `A-Z 0-9 -` (RFC 5545 `iana-token` / `x-name`).
    static func sanitizedName(_ name: String) -> String {
        String(String.UnicodeScalarView(name.uppercased().unicodeScalars.filter(isNameCharacter)))
    }

    /// A parameter value cannot contain a DQUOTE in any form (RFC 5545
    /// §3.1; RFC 6868's caret escapes are not widely read), so it becomes an
    /// apostrophe; line breaks become spaces. Values containing `: ; ,` are quoted.
    static func formattedParameterValue(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar == "\"" {
                scalars.append("'")
            } else if scalar == "\r" || scalar == "\n" {
                scalars.append(" ")
            } else if scalar == "\t" || !TextEscaping.isControl(scalar) {
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        return text.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(text)\"" : text
    }

    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    // MARK: Reading

    /// Parses one logical line. Names are upper-cased (they are case-insensitive);
    /// parameter values lose their quotes; the value is kept raw.
    static func parse(_ line: Folding.LogicalLine, file: String) throws(ICalendarError) -> Property {
        let bytes = line.bytes
        let origin = ContentLineLocation(file: file, line: line.number)
        func fail(_ message: String) -> ICalendarError { ICalendarError(at: origin, message) }
        var index = 0

        func readName() -> String {
            let start = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self).uppercased()
        }

        let fullName = readName()
        let name = shortened(fullName)
        guard !name.isEmpty else { throw fail("expected a property name, found \(excerpt(bytes, at: index))") }

        var parameters: [Property.Parameter] = []
        while index < bytes.count, bytes[index] == UInt8(ascii: ";") {
            index += 1
            let fullParameterName = readName()
            let parameterName = shortened(fullParameterName)
            guard !parameterName.isEmpty else {
                throw fail("expected a parameter name in \(name), found \(excerpt(bytes, at: index))")
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw fail("parameter \(parameterName) of \(name) has no '='")
            }
            var values: [String] = []
            repeat {
                index += 1
                let start: Int
                let end: Int
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    start = index + 1
                    guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else {
                        throw fail("quoted value of parameter \(parameterName) is never closed")
                    }
                    end = close
                    index = close + 1
                } else {
                    start = index
                    while index < bytes.count, !isParameterDelimiter(bytes[index]) { index += 1 }
                    end = index
                }
                if let control = bytes[start..<end].first(where: isForbiddenControl) {
                    throw fail("control character \(hex(control)) in parameter \(parameterName) of \(name)")
                }
                values.append(String(decoding: bytes[start..<end], as: UTF8.self))
            } while index < bytes.count && bytes[index] == UInt8(ascii: ",")
            parameters.append((fullParameterName, values))
        }

        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            if index == bytes.count { throw fail("\(name) has no ':' and no value") }
            throw fail("expected ':' after \(name), found \(excerpt(bytes, at: index))")
        }
        let valueBytes = bytes[(index + 1)...]
        if let control = valueBytes.first(where: isForbiddenControl) {
            throw fail("control character \(hex(control)) in the value of \(name)")
        }
        return Property(
            name: fullName, parameters: parameters, value: String(decoding: valueBytes, as: UTF8.self), origin: origin)
    }

    /// Names quoted in messages are shortened, so that an error about an enormous line stays short.
    private static func shortened(_ name: String) -> String {
        name.count > 40 ? name.prefix(40) + "…" : name
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && isNameCharacter(Unicode.Scalar(byte))
    }

    private static func isParameterDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",")
    }

    /// Only HTAB among the control characters may appear in a content line.
    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// A short, printable quote of what was found, so that an error about an
    /// enormous or binary line stays readable.
    private static func excerpt(_ bytes: [UInt8], at index: Int) -> String {
        guard index < bytes.count else { return "the end of the line" }
        let slice = bytes[index..<min(bytes.count, index + 20)]
        let text = String(decoding: slice, as: UTF8.self).unicodeScalars.map {
            TextEscaping.isControl($0) ? "?" : String($0)
        }.joined()
        return "\"\(text)\"" + (bytes.count - index > 20 ? "…" : "")
    }
}
