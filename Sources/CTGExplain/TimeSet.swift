/// A set of grid times as bits, because the capacity checks take unions of
/// many meetings' footprints over and over.
struct TimeSet {
    private var words: [UInt64]

    init(capacity: Int) {
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    package mutating func insert(_ time: Int) {
        words[time / 64] |= 1 << UInt64(time % 64)
    }

    package mutating func formUnion(_ other: TimeSet) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    package var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The times in the set, ascending.
    var elements: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                result.append(index * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return result
    }
}
