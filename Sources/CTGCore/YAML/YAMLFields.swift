extension YAMLValue {
    /// The fields of a mapping with a fixed set of field names.
    ///
    /// A field outside `allowed` is reported (a typo must never be silently
    /// ignored), with the closest allowed name when one is close.
    package func fields(_ allowed: [String]) -> YAMLFields? {
        guard let entries = entries() else { return nil }
        var fields = YAMLFields(owner: self)
        for entry in entries {
            if allowed.contains(entry.key) {
                fields.entries[entry.key] = (entry.keyValue, entry.value)
                fields.names.append(entry.key)
            } else {
                let guess = Suggestions.closest(to: entry.key, among: allowed)
                if let guess {
                    fields.misspelt.insert(guess)
                }
                let hint = guess.map { " (did you mean \(quoted($0))?)" } ?? ""
                log.error(
                    "unknown field \(quoted(entry.key))\(hint)",
                    at: Mention(location: entry.keyValue.location, path: entry.value.path))
            }
        }
        return fields
    }
}

/// The fields of one mapping, by name.
struct YAMLFields {
    let owner: YAMLValue
    /// The fields present, in file order.
    fileprivate(set) var names: [String] = []
    fileprivate var entries: [String: (key: YAMLValue, value: YAMLValue)] = [:]
    /// Fields that an unknown field is probably a misspelling of: their
    /// absence is already explained by the "did you mean".
    fileprivate var misspelt: Set<String> = []

    fileprivate init(owner: YAMLValue) {
        self.owner = owner
    }

    /// The value of an optional field; nil when absent or null.
    subscript(name: String) -> YAMLValue? {
        guard let value = entries[name]?.value, !value.isNull else { return nil }
        return value
    }

    /// The value of a required field, reporting it when absent. A null value
    /// is returned, for its reader to report with its place.
    package func required(_ name: String) -> YAMLValue? {
        guard let value = entries[name]?.value else {
            if !misspelt.contains(name) {
                owner.error("missing required field \(quoted(name))")
            }
            return nil
        }
        return value
    }

    /// Where the field's name stands, for a problem with the field as a whole
    /// (a field that is not allowed in this meeting, say).
    func mention(of name: String) -> Mention? {
        guard let entry = entries[name] else { return nil }
        return Mention(location: entry.key.location, path: entry.value.path)
    }

    /// Where each field present stands, null ones included, by field path.
    var valueMentions: [Mention] {
        names.compactMap { entries[$0].map { $0.value.mention } }
    }
}
