extension Instance {
    /// The partner ids that `ids` (partner and group ids, as an attendee list
    /// writes them) stand for, groups expanded through any depth of nesting,
    /// each partner once, in order of first appearance.
    ///
    /// Expansion is iterative with a visited set, so a deep or cyclic
    /// nesting neither recurses nor loops. Unknown ids are left out; the
    /// loader has reported them.
    ///
    /// ```swift
    /// // groups: {copil: [caf, bureau], bureau: [cc-president, dgs]}
    /// instance.partnerIDs(expanding: ["copil", "caf"])  // ["caf", "cc-president", "dgs"]
    /// ```
    ///
    /// - Complexity: O(groups' members + partners + `ids.count`).
    func partnerIDs(expanding ids: [String]) -> [String] {
        let members = Dictionary(groups.map { ($0.id, $0.members) }, uniquingKeysWith: { first, _ in first })
        let partnerSet = Set(partners.map(\.id))
        var result: [String] = []
        var seenPartners = Set<String>()
        var seenGroups = Set<String>()
        // Depth first, in written order: the stack holds ids still to visit, last written first.
        var stack = Array(ids.reversed())
        while let id = stack.popLast() {
            if let groupMembers = members[id] {
                if seenGroups.insert(id).inserted {
                    stack.append(contentsOf: groupMembers.reversed())
                }
            } else if partnerSet.contains(id), seenPartners.insert(id).inserted {
                result.append(id)
            }
        }
        return result
    }
}
