import CTGCore

/// Phase 1: every meeting placed once, part by part, each part against the
/// meetings the parts before it placed.
extension DecomposedSolve {
    /// The fraction of the limit by which the first schedule should be done,
    /// leaving the larger part to the bound and the improvement. Set with the
    /// first decomposed solve (dddcb4c), when the bound ran beside it on the
    /// second core for half the limit; at 60 s the benchmark's first
    /// schedules come at 7 s (l), 13 s (xl) and 21 s (dept), inside it.
    static let firstScheduleShare = 0.4

    /// The least a wave's parts get, in seconds, however late the wave
    /// comes, so that a late part's first try has a chance before it is
    /// retried (raised from 1 s together with the retry, eafc257).
    static let minimumWaveSeconds: Double = 2

    /// How much more time each retry of a part that found nothing gets: with
    /// geometric growth the failed tries cost at most half the successful
    /// one, and a hard part reaches a long enough solve in few tries.
    static let retryGrowth: Double = 3

    /// The relative gap at which a first placement may stop: it only has to
    /// be good, since the improvement re-solves every part with gap 0.
    static let firstScheduleGap = 0.02

    /// A blocked part re-placed together with the meetings tied to it solves
    /// several parts' worth of meetings at once: it gets this many wave
    /// shares, at least `minimumWidenedSeconds` (e856a4d; before, it got all
    /// the remaining time, which one blocked part could use up).
    static let widenedShares: Double = 3
    static let minimumWidenedSeconds: Double = 10

    /// The first placement of every meeting, as one part result: the size
    /// adds up every part model solved; no placements if a part proved
    /// infeasible or found nothing in time.
    func firstSchedule() throws -> PartResult {
        var placements: [Int: Placement] = [:]
        var size = ModelSize.zero
        let waves = self.waves()
        for (number, wave) in waves.enumerated() {
            // Once the limit has run out, a wave would only build models it cannot solve.
            guard remaining > 0 else { return PartResult(placements: nil, bound: nil, infeasible: false, size: size) }
            let share = max(
                Self.minimumWaveSeconds, (Self.firstScheduleShare * limit - elapsed) / Double(waves.count - number))
            let snapshot = placements
            let results = ParallelJobs.run(count: wave.count) { slot in
                try? placeFirst(parts[wave[slot]], fixed: snapshot, share: share)
            }
            for (slot, index) in wave.enumerated() {
                var solved = try results[slot] ?? placeFirst(parts[index], fixed: placements, share: share)
                if solved.infeasible { solved = try placeWidened(parts[index], placed: placements, share: share) }
                size = size + solved.size
                guard let found = solved.placements else {
                    return PartResult(placements: nil, bound: nil, infeasible: solved.infeasible, size: size)
                }
                placements.merge(found) { $1 }
            }
            report(placements: placements, bound: nil)
        }
        return PartResult(placements: placements, bound: nil, infeasible: false, size: size)
    }

    /// Groups of parts that share no required partner and no room, in part
    /// order (a greedy colouring of the parts' conflict graph): the parts of
    /// a wave can be placed at the same time against what earlier waves
    /// placed.
    private func waves() -> [[Int]] {
        let partners = parts.map { Set($0.flatMap { instance.meetings[$0].required }) }
        let rooms = parts.map { Set($0.flatMap { instance.meetings[$0].eligibleRooms }) }
        var waves: [[Int]] = []
        for index in parts.indices {
            let free = waves.firstIndex { wave in
                wave.allSatisfy {
                    partners[$0].isDisjoint(with: partners[index]) && rooms[$0].isDisjoint(with: rooms[index])
                }
            }
            if let free { waves[free].append(index) } else { waves.append([index]) }
        }
        return waves
    }

    /// A part's first placement against `fixed`; a part that finds nothing in
    /// its share of the time is tried again with more while time remains.
    private func placeFirst(_ part: [Int], fixed: [Int: Placement], share: Double) throws -> PartResult {
        var share = share
        while true {
            let solved = try solve(
                part, fixed: fixed, warm: [:], timeLimit: min(share, remaining), gap: Self.firstScheduleGap)
            guard solved.placements == nil && !solved.infeasible && hasTime else { return solved }
            share *= Self.retryGrowth
        }
    }

    /// A part that the meetings `placed` before it made infeasible (they took
    /// a shared partner's slots or weekly load), placed again together with
    /// every placed meeting that shares one of its required partners,
    /// everything else staying fixed.
    private func placeWidened(_ part: [Int], placed: [Int: Placement], share: Double) throws -> PartResult {
        let shared = Set(part.flatMap { instance.meetings[$0].required })
        let tied = placed.keys.filter { !shared.isDisjoint(with: instance.meetings[$0].required) }.sorted()
        return try solve(
            part + tied, fixed: placed.filter { !tied.contains($0.key) }, warm: placed,
            timeLimit: min(remaining, max(Self.minimumWidenedSeconds, Self.widenedShares * share)),
            gap: Self.firstScheduleGap)
    }
}
