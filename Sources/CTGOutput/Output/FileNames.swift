/// File names from ids, for the feeds and invitation folders.
///
/// Ids come from the instance (and from a previous schedule's
/// cancellations), so they are untrusted as paths: `..` and `.` are valid
/// ids, a loader change could let `/` through, and two ids can differ only
/// in case on a file system that ignores case. Every name the tool derives
/// from an id goes through ``names(for:)`` so that no name can leave its
/// folder and no two names of one folder can land on one file.
///
/// A name is the id itself when that is safe and taken by nobody else
/// (`copil`, `élue`; session ids keep their old form, `copil#1` →
/// `copil_1`). Otherwise it is a readable form followed by `~` and eight hex
/// digits of a hash of the exact id (`.._~1a2b3c4d`): the readable form
/// replaces anything but letters, digits, `-`, `_` and `.` by `_`, a leading
/// or trailing `.` too, and keeps at most ``readableBytes`` bytes. An id never
/// holds `~`, so a hashed name never equals a plain one. When plain names
/// would clash (`copil_1` and `copil#1`; `Alice` and `alice`), the id
/// written exactly as its name keeps it (the first in code-point order if
/// several are) and the others are hashed. No name ends in `-cancel`, which
/// belongs to cancellation files (`restitution-cancel.ics` is the
/// cancellation of `restitution`; a meeting `restitution-cancel` is hashed),
/// and none is a Windows device name (`con`, `nul`, `com1`…), as feeds are
/// often copied to shared drives. The result depends only on the ids given,
/// so two runs on one instance give the same names.
package enum FileNames {
    /// Room left for a prefix (`partner-`), the hash and `-cancel.ics` in a 255-byte file name.
    static let readableBytes = 100

    /// One name per id, distinct even ignoring case, never `.`/`..`, without
    /// `/`, `\`, NUL or any control character, at most 120 bytes.
    package static func names(for ids: some Sequence<String>) -> [String: String] {
        let ids = Set(ids).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var names: [String: String] = [:]
        var taken: Set<String> = []
        var hashed: [String] = []
        var claims: [String: [String]] = [:]
        for id in ids {
            if let plain = plainName(id) {
                claims[plain.lowercased(), default: []].append(id)
            } else {
                hashed.append(id)
            }
        }
        for (key, claimants) in claims {
            let owner = claimants.first { readable($0) == $0 } ?? claimants[0]
            names[owner] = readable(owner)
            taken.insert(key)
            hashed += claimants.filter { $0 != owner }
        }
        for id in hashed.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            var name = readable(id) + "~" + hash(id)
            // A hash collision between two ids of one folder: made unique by a counter, in id order.
            var counter = 2
            while taken.contains(name.lowercased()) {
                name = readable(id) + "~" + hash(id) + "-\(counter)"
                counter += 1
            }
            names[id] = name
            taken.insert(name.lowercased())
        }
        return names
    }

    /// The readable form when it may stand alone: nothing was replaced but a
    /// session's `#`, nothing cut, no reserved ending or device name.
    private static func plainName(_ id: String) -> String? {
        let name = readable(id)
        guard name == String(id.map { $0 == "#" ? "_" : $0 }) else { return nil }
        let lower = name.lowercased()
        if lower.hasSuffix("-cancel") { return nil }
        let stem = lower.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        if windowsDevices.contains(String(stem)) { return nil }
        return name
    }

    private static func readable(_ id: String) -> String {
        var characters = id.map { isKept($0) ? $0 : "_" }
        if characters.first == "." { characters[0] = "_" }
        if characters.last == "." { characters[characters.count - 1] = "_" }
        var name = ""
        for character in characters {
            guard name.utf8.count + character.utf8.count <= readableBytes else { break }
            name.append(character)
        }
        return name.isEmpty ? "_" : name
    }

    /// What an id may hold (see the instance format), less anything a file system might mistreat.
    private static func isKept(_ character: Character) -> Bool {
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return false
        }
        return character.isLetter || "-_.".contains(character)
            || character.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
    }

    /// FNV-1a over the UTF-8 bytes, folded to 32 bits: stable across runs and platforms, unlike `Hasher`.
    private static func hash(_ id: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: value ^ (value >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static let windowsDevices = Set(
        ["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })
}
