/// Shrinks a set whose elements make a problem infeasible together to one
/// where every element is needed: the deletion filter (Chinneck and
/// Dravnieks, "Locating minimal infeasible constraint sets in linear
/// programs", ORSA Journal on Computing, 1991), run on halving chunks first
/// as in Zeller's delta debugging, so that k needed elements among n cost
/// about k·log(n/k) probes, plus one per element kept, instead of n.
///
/// ```swift
/// let (kept, proven) = try DeletionFilter.shrink(groups) { try probe($0).isInfeasible }
/// ```
///
/// Why the result is minimal: the last pass removes single elements; an
/// element x survives it only when the set without x was proven feasible,
/// and later removals only shrink that set, which keeps it feasible
/// (feasibility is monotone). `proven` is false when some probe of that pass
/// could not decide (time limit): then x stays without proof.
enum DeletionFilter {
    /// `items` in the order to try removing them; `isInfeasible(kept)` says
    /// whether the problem with only `kept` is infeasible (nil: unknown).
    /// `items` itself must be infeasible. Without `chunked`, elements are
    /// tried one by one, for sets expected to be nearly minimal already.
    static func shrink<T>(_ items: [T], chunked: Bool = true, isInfeasible: ([T]) throws -> Bool?) rethrows -> (
        kept: [T], proven: Bool
    ) {
        var kept = items
        var chunk = chunked ? max(1, kept.count / 2) : 1
        var proven = true
        while true {
            chunk = min(chunk, max(1, kept.count / 2))
            var index = 0
            while index < kept.count {
                let end = min(index + chunk, kept.count)
                let without = Array(kept[..<index] + kept[end...])
                switch try isInfeasible(without) {
                case true?: kept = without
                case false?: index = end
                case nil:
                    if chunk == 1 { proven = false }
                    index = end
                }
            }
            if chunk == 1 { return (kept, proven) }
            chunk /= 2
        }
    }
}
