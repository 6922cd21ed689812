/// Names in an instance: the ids it defines and the references to them.
extension YAMLValue {
    /// The `id` of a definition: letters of any script, digits, `-`, `_` and
    /// `.`. A `#` stays free for series sessions (`copil#2`), so that a
    /// session id can never clash with a meeting id.
    package func identifier() -> String? {
        guard let text = scalarText else {
            expected("an id")
            return nil
        }
        if let problem = Self.identifierProblem(text) {
            error(problem)
            return nil
        }
        return text
    }

    static func identifierProblem(_ text: String) -> String? {
        if text.isEmpty { return "an id must not be empty" }
        if text.count > InputLimits.identifierLength {
            return "id \(quoted(text)) is longer than \(InputLimits.identifierLength) characters"
        }
        if text.contains("#") { return "invalid id \(quoted(text)): \"#\" is reserved for series sessions" }
        let isAllowed: (Character) -> Bool = { character in
            character.isLetter || "-_.".contains(character)
                || character.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
        }
        guard text.allSatisfy(isAllowed) else {
            return "invalid id \(quoted(text)): only letters, digits, \"-\", \"_\" and \".\" are allowed"
        }
        return nil
    }

    /// A name that refers to a definition elsewhere; whether it exists is
    /// checked once the whole file is read.
    package func reference() -> String? {
        guard let text = scalarText else {
            expected("an id")
            return nil
        }
        return text
    }
}
