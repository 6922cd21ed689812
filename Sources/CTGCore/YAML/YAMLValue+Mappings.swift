internal import Yams

/// Mappings whose keys are names the file chooses, and YAML merge keys.
extension YAMLValue {
    /// The entries of a mapping whose keys are names the file chooses
    /// (`periods`, `groups`, `overrides`), in file order.
    ///
    /// Keys that start with `x-` are left out, as everywhere: they carry notes
    /// and anchors for the coordinator. YAML merge keys (`<<: *defaults`) are
    /// honoured as in YAML 1.1: the merged mapping's entries come after the
    /// mapping's own and never replace them, and the first of several merged
    /// mappings wins.
    package func entries(mergeDepth: Int = 0) -> [(key: String, keyValue: YAMLValue, value: YAMLValue)]? {
        guard case .mapping(let mapping) = node else {
            expected("a mapping")
            return nil
        }
        guard log.admit(mapping.count, in: self) else { return nil }
        var own: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
        var merged: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = child(keyNode, path: path)
            guard case .scalar(let keyScalar) = keyNode, !keyValue.isNull else {
                keyValue.expected("a field name")
                continue
            }
            let key = keyScalar.string
            let value = child(valueNode, path: path.isEmpty ? key : "\(path).\(key)")
            if key == "<<" && keyScalar.style == .plain {
                merged += value.mergeSources(into: path, depth: mergeDepth + 1)
            } else if !key.hasPrefix("x-") {
                own.append((key, keyValue, value))
            }
        }
        var seen = Set(own.map(\.key))
        for entry in merged where seen.insert(entry.key).inserted {
            own.append(entry)
        }
        return own
    }

    /// The entries a merge key brings in, read with the path of the mapping they merge into.
    private func mergeSources(
        into ownerPath: String, depth: Int
    ) -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        guard depth <= InputLimits.mergeDepth else {
            error("merge keys nested more than \(InputLimits.mergeDepth) deep")
            return []
        }
        let sources: [YAMLValue]
        switch node {
        case .mapping: sources = [self]
        case .sequence(let sequence): sources = sequence.map { child($0, path: path) }
        default:
            expected("a mapping or a list of mappings to merge")
            return []
        }
        return sources.flatMap { source -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] in
            guard case .mapping = source.node else {
                source.expected("a mapping to merge")
                return []
            }
            return source.child(source.node, path: ownerPath).entries(mergeDepth: depth) ?? []
        }
    }
}
