import Testing

@testable import CTGCore

@Suite("Loader internals")
struct LoaderInternalsTests {
    @Test(arguments: [
        ("caf", "cafe", 1), ("title", "titel", 1), ("committee", "comitee", 2), ("", "abc", 3), ("abc", "abc", 0),
        ("ca", "ac", 1), ("kitten", "sitting", 3),
    ])
    func distances(a: String, b: String, expected: Int) {
        #expect(Suggestions.distance(Array(a), Array(b)) == expected)
    }

    @Test func suggestionsOnlyWhenClose() {
        #expect(Suggestions.closest(to: "cafe", among: ["msa", "caf", "cd21"]) == "caf")
        #expect(Suggestions.closest(to: "CAF", among: ["msa", "caf"]) == "caf")
        #expect(Suggestions.closest(to: "zzz", among: ["msa", "caf"]) == nil)
        #expect(Suggestions.closest(to: "salle-conseill", among: ["salle-conseil", "mairie"]) == "salle-conseil")
        #expect(Suggestions.closest(to: "caf", among: ["caf"]) == nil)
    }

    @Test func cyclesAreFoundOncePerComponent() {
        let mention = { (line: Int) in Mention(location: SourceLocation(file: "f", line: line, column: 1), path: "") }
        var finder = CycleFinder(nodeCount: 6)
        finder.addEdge(from: 0, to: 1, mention: nil)
        finder.addEdge(from: 1, to: 2, mention: mention(2))
        finder.addEdge(from: 2, to: 0, mention: mention(3))
        finder.addEdge(from: 2, to: 1, mention: mention(4))
        finder.addEdge(from: 3, to: 4, mention: mention(5))
        finder.addEdge(from: 5, to: 5, mention: mention(6))
        let cycles = finder.cycles()
        #expect(cycles.map(\.nodes) == [[1, 2, 1], [5, 5]])
        #expect(cycles.map(\.mention.location.line) == [2, 6])
    }

    @Test func longChainsDoNotExhaustTheStack() {
        let count = 200_000
        var finder = CycleFinder(nodeCount: count)
        for node in 0..<(count - 1) {
            finder.addEdge(from: node, to: node + 1, mention: nil)
        }
        finder.addEdge(
            from: count - 1, to: 0, mention: Mention(location: SourceLocation(file: "f", line: 1, column: 1), path: ""))
        #expect(finder.cycles().first?.nodes.count == count + 1)
    }

    @Test func identifiers() {
        #expect(YAMLValue.identifierProblem("copil-2022_v1.2") == nil)
        #expect(YAMLValue.identifierProblem("Ελλάδα٣") == nil)
        #expect(YAMLValue.identifierProblem("a b") != nil)
        #expect(YAMLValue.identifierProblem("a#1") != nil)
        #expect(YAMLValue.identifierProblem("a/b") != nil)
        #expect(YAMLValue.identifierProblem("") != nil)
    }

    @Test func quotedEscapesAndCuts() {
        #expect(quoted("a\"b\\c\nd") == #""a\"b\\c\nd""#)
        #expect(quoted("\u{0}") == #""\u{0}""#)
        #expect(quoted(String(repeating: "x", count: 100)) == "\"" + String(repeating: "x", count: 60) + "…\"")
    }
}

@Suite("Group expansion")
struct GroupExpansionTests {
    func instance(groups: [Group], partners: [String]) -> Instance {
        var instance = Instance(
            name: "t", timeZone: .gmt, horizon: DateSpan(date: LocalDate("2022-06-01")!),
            calendar: CalendarSettings(slots: []))
        instance.groups = groups
        instance.partners = partners.map { Partner(id: $0) }
        return instance
    }

    @Test func nestedGroupsExpandInWrittenOrderOnce() {
        let instance = instance(
            groups: [
                Group(id: "copil", members: ["caf", "bureau", "cd21"]), Group(id: "bureau", members: ["dgs", "caf"]),
            ],
            partners: ["caf", "cd21", "dgs", "msa"])
        #expect(instance.partnerIDs(expanding: ["copil"]) == ["caf", "dgs", "cd21"])
        #expect(instance.partnerIDs(expanding: ["msa", "bureau", "unknown"]) == ["msa", "dgs", "caf"])
    }

    /// The loader rejects cycles; expansion still terminates on one.
    @Test func cyclicGroupsTerminate() {
        let instance = instance(
            groups: [Group(id: "a", members: ["b", "p"]), Group(id: "b", members: ["a", "q"])], partners: ["p", "q"])
        #expect(instance.partnerIDs(expanding: ["a"]) == ["q", "p"])
    }

    @Test func deepNestingIsIterative() {
        let depth = 100_000
        let groups = (0..<depth).map { Group(id: "g\($0)", members: $0 + 1 < depth ? ["g\($0 + 1)"] : ["p"]) }
        #expect(instance(groups: groups, partners: ["p"]).partnerIDs(expanding: ["g0"]) == ["p"])
    }
}
