/// Cycles among groups, phases and meetings: a group that contains itself
/// has no members, and a meeting that must come after itself has no date.
enum OrderChecks {
    package static func run(_ references: CrossReferences, meetings: [MeetingSpec], log: DiagnosticLog) {
        report(cycles(of: references.groupMembers), as: "group cycle", log: log)
        let phaseCycles = cycles(of: references.phaseOrder)
        report(phaseCycles, as: "phase cycle", log: log)
        // A phase cycle would show again through the meetings of its phases.
        let cycles = meetingCycles(references, includingPhases: phaseCycles.isEmpty, meetings: meetings)
        report(cycles, as: "after cycle", log: log)
    }

    private static func report(_ cycles: [(Mention, [String])], as title: String, log: DiagnosticLog) {
        for (mention, names) in cycles {
            log.error("\(title): \(names.joined(separator: " -> "))", at: mention)
        }
    }

    /// Cycles of a graph of names (groups, phases), each name a node.
    private static func cycles(of edges: [CrossReferences.Edge]) -> [(Mention, [String])] {
        var graph = NamedGraph()
        for edge in edges {
            graph.addEdge(from: graph.node(edge.from), to: graph.node(edge.to), mention: edge.mention)
        }
        return graph.namedCycles()
    }

    /// Cycles through `after`, the order of a series' sessions and, when
    /// given, the order of phases.
    ///
    /// A node is a meeting after series expansion (`a`, `s#1`, `s#2`…); an
    /// edge `x -> y` says x comes after y. `after` on a series applies to its
    /// first session and naming a series means its last session. Phase order
    /// goes through two extra nodes per phase so that it costs edges in
    /// proportion to meetings, not to their pairs: every meeting of P comes
    /// after "start of P", which comes after "phase Q" for each Q in P's
    /// `after`, which comes after every meeting of Q.
    private static func meetingCycles(
        _ references: CrossReferences, includingPhases: Bool, meetings: [MeetingSpec]
    ) -> [(Mention, [String])] {
        var graph = NamedGraph()
        var sessions: [String: [Int]] = [:]
        for meeting in meetings where sessions[meeting.id] == nil {
            let nodes = meeting.sessionIDs.map { graph.node($0) }
            sessions[meeting.id] = nodes
            for (earlier, later) in zip(nodes, nodes.dropFirst()) {
                graph.addEdge(from: later, to: earlier, mention: nil)
            }
        }
        func node(named reference: String) -> Int? {
            if let series = sessions[reference] { return series.last }
            guard let hash = reference.lastIndex(of: "#"), let series = sessions[String(reference[..<hash])]
            else { return nil }
            return graph.existingNode(reference).flatMap { series.contains($0) ? $0 : nil }
        }
        for edge in references.meetingOrder {
            guard let from = sessions[edge.from]?.first, let to = node(named: edge.to) else { continue }
            graph.addEdge(from: from, to: to, mention: edge.mention)
        }
        if includingPhases {
            for edge in references.phaseOrder {
                graph.addEdge(
                    from: graph.node(edge.from, hidden: "start of"), to: graph.node("(phase \(edge.to))"),
                    mention: edge.mention)
            }
            for edge in references.phaseMembers {
                for session in sessions[edge.from] ?? [] {
                    graph.addEdge(from: session, to: graph.node(edge.to, hidden: "start of"), mention: edge.mention)
                    graph.addEdge(from: graph.node("(phase \(edge.to))"), to: session, mention: edge.mention)
                }
            }
        }
        return graph.namedCycles()
    }
}

/// A `CycleFinder` over named nodes. Hidden nodes take part in cycles but
/// are left out when a cycle is written.
private struct NamedGraph {
    private var index: [String: Int] = [:]
    private var names: [String?] = []
    private var edges: [(from: Int, to: Int, mention: Mention?)] = []

    mutating func node(_ name: String, hidden prefix: String? = nil) -> Int {
        let key = prefix.map { "\($0) \(name)" } ?? name
        if let node = index[key] { return node }
        index[key] = names.count
        names.append(prefix == nil ? name : nil)
        return names.count - 1
    }

    func existingNode(_ name: String) -> Int? { index[name] }

    mutating func addEdge(from: Int, to: Int, mention: Mention?) {
        edges.append((from, to, mention))
    }

    func namedCycles() -> [(Mention, [String])] {
        var finder = CycleFinder(nodeCount: names.count)
        for edge in edges {
            finder.addEdge(from: edge.from, to: edge.to, mention: edge.mention)
        }
        return finder.cycles().map { cycle in (cycle.mention, cycle.nodes.compactMap { names[$0] }) }
    }
}
