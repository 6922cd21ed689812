/// Finds the cycles of a directed graph, one per strongly connected component,
/// so that a tangle of references is reported once, not once per edge.
///
/// Each cycle starts with the component's earliest edge that carries a
/// mention (the first written in the file), so the message points at a line
/// the coordinator wrote; it follows the shortest way back from there.
///
/// - Complexity: O(nodes + edges). Components come from Tarjan's algorithm
///   (Tarjan, "Depth-first search and linear graph algorithms", 1972), run
///   with an explicit stack: a chain of thousands of series sessions must not
///   exhaust the call stack.
struct CycleFinder {
    struct Cycle {
        /// Where the first edge was written.
        var mention: Mention
        /// The nodes along the cycle, the first one repeated at the end.
        package var nodes: [Int]
    }

    private var successors: [[(node: Int, edge: Int)]]
    private var mentions: [Mention?] = []

    init(nodeCount: Int) {
        successors = Array(repeating: [], count: nodeCount)
    }

    mutating func addEdge(from: Int, to: Int, mention: Mention?) {
        successors[from].append((to, mentions.count))
        mentions.append(mention)
    }

    func cycles() -> [Cycle] {
        let component = components()
        var earliest: [Int: (from: Int, to: Int, edge: Int)] = [:]
        for from in successors.indices {
            for (to, edge) in successors[from] where component[from] == component[to] {
                guard mentions[edge] != nil else { continue }
                if edge < earliest[component[from]]?.edge ?? .max {
                    earliest[component[from]] = (from, to, edge)
                }
            }
        }
        return earliest.values.sorted { $0.edge < $1.edge }.compactMap { start in
            guard let mention = mentions[start.edge],
                let back = shortestPath(from: start.to, to: start.from, within: component[start.from], component)
            else { return nil }
            return Cycle(mention: mention, nodes: [start.from] + back)
        }
    }

    /// The component number of each node.
    private func components() -> [Int] {
        let count = successors.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var component = [Int](repeating: -1, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var componentCount = 0
        for root in 0..<count where index[root] < 0 {
            // Each frame: a node and how many of its successors are done.
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successors[node].count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[node][frame.next].node
                    if index[successor] < 0 {
                        index[successor] = nextIndex
                        lowLink[successor] = nextIndex
                        nextIndex += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = componentCount
                        if member == node { break }
                    }
                    componentCount += 1
                }
            }
        }
        return component
    }

    /// The nodes after `start` on a shortest path from `start` to `goal`
    /// inside one component, `goal` included; breadth first.
    private func shortestPath(from start: Int, to goal: Int, within target: Int, _ component: [Int]) -> [Int]? {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == goal {
                var path = [goal]
                var current = goal
                while current != start {
                    current = previous[current]!
                    path.append(current)
                }
                return path.reversed()
            }
            for (next, _) in successors[node] where component[next] == target && previous[next] == nil {
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
