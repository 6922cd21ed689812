/// Line folding (RFC 5545 §3.1).
///
/// Folding counts octets, not characters, and never cuts inside a UTF-8
/// sequence: the RFC only asks readers to cope with split sequences, and
/// many do not. Unfolding works on bytes, so it would restore one anyway.
enum Folding {
    /// Octets a line may hold, the CRLF excluded; a continuation line's
    /// leading space counts toward it.
    static let maximumLineOctets = 75

    /// The content line as physical lines joined by CRLF + space, each at
    /// most ``maximumLineOctets`` octets, with no trailing CRLF.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > maximumLineOctets else { return line }
        var out = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            out.append(scalar)
            octets += width
        }
        return String(out)
    }

    /// A content line after unfolding, with the number of the physical line it starts on.
    struct LogicalLine {
        var bytes: [UInt8]
        var number: Int
    }

    /// Splits text into logical lines. Accepts CRLF, bare LF and bare CR line
    /// ends, a continuation marked by a space or a tab, and blank lines
    /// (skipped, as is blank space before the first line), because real
    /// exports use all of them.
    static func unfold(_ bytes: some Collection<UInt8>) -> [LogicalLine] {
        var lines: [LogicalLine] = []
        var physical: [UInt8] = []
        var number = 0
        var afterCR = false

        func endPhysicalLine() {
            number += 1
            defer { physical.removeAll(keepingCapacity: true) }
            guard let first = physical.first else { return }
            if first == 0x20 || first == 0x09 {
                // A continuation; before any content line, only blank space is forgiven.
                if !lines.isEmpty {
                    lines[lines.count - 1].bytes.append(contentsOf: physical.dropFirst())
                } else if !physical.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    lines.append(LogicalLine(bytes: physical, number: number))
                }
            } else {
                lines.append(LogicalLine(bytes: physical, number: number))
            }
        }

        for byte in bytes {
            if byte == 0x0A {
                if !afterCR { endPhysicalLine() }
                afterCR = false
            } else if byte == 0x0D {
                endPhysicalLine()
                afterCR = true
            } else {
                physical.append(byte)
                afterCR = false
            }
        }
        if !physical.isEmpty { endPhysicalLine() }
        return lines
    }
}
