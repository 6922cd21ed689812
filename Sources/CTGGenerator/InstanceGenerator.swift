import CTGCore

/// Seeded, realistic instances at the sizes a department plans at, for the
/// benchmark package and for tests that need more than a hand-written file.
///
/// An instance is one or more CTG elaborations in the shape of the bundled
/// instance (see `TerritoryBuilder`), with the CAF, Département and MSA staff
/// shared between territories (see `DraftBuilder`). The same size and seed
/// always give the same text, on every machine.
///
/// ```swift
/// let text = InstanceGenerator.yaml(size: .dept, seed: 1)
/// let instance = try InstanceLoader.parse(text, file: "dept-1.yaml")
/// ```
///
/// Every instance is feasible by construction: the generator places every
/// meeting itself before writing the file (`GeneratedInstance.witness`), so
/// a benchmark never spends its time limit on an instance without a schedule.
public enum InstanceGenerator {
    public enum Size: String, CaseIterable, Sendable {
        /// One small territory, about 20 meetings.
        case s
        /// One territory like the bundled instance, about 50 meetings.
        case m
        /// Four territories, about 200 meetings.
        case l
        /// Ten territories, about 500 meetings.
        case xl
        /// A whole department: twenty territories, about 1000 meetings.
        case dept

        public var territories: Int {
            switch self {
            case .s, .m: 1
            case .l: 4
            case .xl: 10
            case .dept: 20
            }
        }
    }

    public static func yaml(size: Size, seed: UInt64) -> String {
        generate(size: size, seed: seed).yaml
    }

    static func generate(size: Size, seed: UInt64) -> GeneratedInstance {
        // The witness search never backtracks, so an unlucky draw can end in
        // a dead end; the next attempt draws the instance again from the same
        // seed. When this was written, the first attempt succeeded for seeds
        // 1 to 40 of every size.
        let attempts: UInt64 = 32
        for attempt in 0..<attempts {
            var draft = DraftBuilder(size: size, seed: seed, attempt: attempt).build()
            var rng = SplitMix64(seed: seed, stream: attempt << 16 | 0xFFFF)
            guard let placements = WitnessSearch(draft).run(rng: &rng) else { continue }
            for m in draft.meetings.indices {
                guard let session = draft.meetings[m].pinnedSession else { continue }
                let meeting = draft.meetings[m]
                let placement = placements[meeting.sessionID(session)]!
                let pin = DraftPin(
                    date: placement.date, slot: placement.slot, room: placement.room.map { draft.rooms[$0].id })
                if meeting.sessions > 1 {
                    draft.meetings[m].overrides[session, default: DraftOverride()].fixed = pin
                } else {
                    draft.meetings[m].fixed = pin
                }
            }
            let witness = placements.map { id, placement in
                WitnessPlacement(
                    meeting: id, date: placement.date, slot: Campaign.slots[placement.slot].0,
                    room: placement.room.map { draft.rooms[$0].id })
            }
            return GeneratedInstance(
                yaml: draft.yaml, witness: witness.sorted { ($0.date, $0.meeting) < ($1.date, $1.meeting) })
        }
        preconditionFailure("no feasible draw of size \(size.rawValue) for seed \(seed) in \(attempts) attempts")
    }
}

package struct GeneratedInstance: Sendable {
    /// The instance file (format version 1).
    package let yaml: String
    /// A schedule that keeps every hard constraint of the instance, in date
    /// order: the proof that the instance is feasible, and an upper bound
    /// (its objective) for the solver to beat.
    let witness: [WitnessPlacement]
}

package struct WitnessPlacement: Sendable, Equatable {
    /// Meeting id after series expansion (`tille-copil#2`).
    package let meeting: String
    package let date: LocalDate
    package let slot: String
    /// Nil for an online meeting.
    package let room: String?
}
