/// Union–find with union by size and path halving.
struct DisjointSets {
    private var parent: [Int]
    private var sizes: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        sizes = Array(repeating: 1, count: count)
    }

    package mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    package func size(of root: Int) -> Int { sizes[root] }

    package mutating func union(_ a: Int, _ b: Int) {
        var a = find(a)
        var b = find(b)
        guard a != b else { return }
        if sizes[a] < sizes[b] { swap(&a, &b) }
        parent[b] = a
        sizes[a] += sizes[b]
    }
}
