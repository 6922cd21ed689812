import CTGCore

/// Splits the meetings of a large instance into parts that are solved one at
/// a time: meetings tied by an order, a spacing or a distinct-sites series
/// always stay together; meetings that share a partner, a room or a phase
/// order are put together too, unless that would make a part larger than
/// `maxSize` — those shared partners, rooms and phases are the coupling
/// between parts (the CAF or Conseil Départemental staff who attend
/// meetings in every territory).
struct Components {
    package let parts: [[Int]]

    init(_ instance: ExpandedInstance, maxSize: Int) {
        var sets = DisjointSets(count: instance.meetings.count)
        for relation in instance.relations { sets.union(relation.before, relation.after) }
        for series in instance.distinctSiteSeries {
            for m in series.dropFirst() { sets.union(series[0], m) }
        }
        // Small groups first: a territory's own partners and rooms tie its
        // meetings before the department-wide staff would tie everything.
        for group in Self.couplings(in: instance).filter({ $0.count > 1 }).sorted(by: { $0.count < $1.count }) {
            let roots = Set(group.map { sets.find($0) })
            let merged = roots.reduce(0) { $0 + sets.size(of: $1) }
            guard merged <= maxSize else { continue }
            for m in group.dropFirst() { sets.union(group[0], m) }
        }
        let grouped = Dictionary(grouping: instance.meetings.indices) { sets.find($0) }
        parts = grouped.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The meetings of each required partner, of each room and of each phase
    /// order: what may tie meetings together if the parts stay small enough.
    private static func couplings(in instance: ExpandedInstance) -> [[Int]] {
        var groups: [[Int]] = []
        for p in instance.partners.indices {
            groups.append(instance.meetings.filter { $0.required.contains(p) }.map(\.index))
        }
        for r in instance.rooms.indices {
            groups.append(instance.meetings.filter { $0.eligibleRooms.contains(r) }.map(\.index))
        }
        let byPhase = instance.meetingsByPhase
        for order in instance.phaseOrders {
            groups.append((byPhase[order.before] ?? []) + (byPhase[order.after] ?? []))
        }
        return groups
    }
}
