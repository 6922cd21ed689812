/// "Did you mean" for a misspelt name.
///
/// The distance is Damerau–Levenshtein in its optimal-string-alignment form
/// (an adjacent transposition such as `titel`/`title` costs one edit, as in
/// Boytsov, "Indexing methods for approximate dictionary searching", 2011),
/// computed on lowercased characters so that `CAF` finds `caf`. A candidate is
/// offered only when it is close for the length of the name: one edit for
/// names up to five characters, two up to eight, three beyond; a guess that
/// is far off misleads more than it helps.
package enum Suggestions {
    /// The closest candidate, the first in order among equally close ones.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        let limit = target.count <= 5 ? 1 : target.count <= 8 ? 2 : 3
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased())
            guard abs(other.count - target.count) <= limit else { continue }
            let distance = self.distance(target, other)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// ` (did you mean "x"?)`, or nothing when no candidate is close.
    package static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { " (did you mean \(quoted($0))?)" } ?? ""
    }

    /// Edits (insertion, deletion, substitution, adjacent transposition) from `a` to `b`.
    ///
    /// - Complexity: O(`a.count` × `b.count`).
    package static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

/// A name or value as messages show it: in double quotes, with quotes,
/// backslashes and line breaks escaped, cut to 60 characters.
package func quoted(_ text: String) -> String {
    let cut = text.count > 60 ? String(text.prefix(60)) + "…" : text
    var escaped = ""
    for character in cut {
        switch character {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\r\n": escaped += "\\r\\n"
        case "\r": escaped += "\\r"
        case "\t": escaped += "\\t"
        default:
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                escaped += character.unicodeScalars.map { "\\u{\(String($0.value, radix: 16))}" }.joined()
            } else {
                escaped.append(character)
            }
        }
    }
    return "\"\(escaped)\""
}
