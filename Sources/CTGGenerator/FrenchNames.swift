import Foundation

/// Names and ids made from French place names.
enum FrenchNames {
    /// "de Seurre", "d'Esbarres", "d'Époisses": "de" elides before a vowel.
    package static func of(_ name: String) -> String {
        guard let first = name.decomposedStringWithCanonicalMapping.unicodeScalars.first else { return "de" }
        return "AEIOUaeiou".unicodeScalars.contains(first) ? "d'\(name)" : "de \(name)"
    }

    /// An ASCII id fragment: `Saint-Seine-l'Abbaye` → `saint-seine-l-abbaye`.
    static func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars where scalar.isASCII {
            if CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result.append("-")
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }
}
