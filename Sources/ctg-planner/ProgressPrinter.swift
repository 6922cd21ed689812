import CTGCore
import CTGSolver
import Foundation

/// Writes solver progress to standard error: every report from the solver,
/// and a "still working" line when nothing was said for a second (GLPK is
/// silent while it solves a large LP), so a long solve never looks frozen.
final class ProgressPrinter: @unchecked Sendable {
    private let texts: Texts
    private let lock = NSLock()
    private var lastPrint = Date()
    private var phase: SolveProgress.Phase?
    private let started = Date()
    private var timer: DispatchSourceTimer?

    init(texts: Texts) {
        self.texts = texts
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 1, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        self.timer = timer
    }

    func stop() {
        timer?.cancel()
        timer = nil
    }

    /// A phase of the work outside the solver (reading, validating, writing).
    func say(_ key: TextKey) {
        print(texts(.progressLine, elapsed, texts(key)))
    }

    func report(_ progress: SolveProgress) {
        lock.lock()
        let changedPhase = progress.phase != phase
        phase = progress.phase
        lock.unlock()
        if progress.phase == .searching {
            let number = { (value: Double?) in value.map { String(Int($0.rounded())) } ?? "—" }
            print(
                texts(
                    .progressSearch, elapsed, number(progress.incumbent), number(progress.bound),
                    progress.gap.map(texts.percent) ?? "—", progress.nodes ?? 0))
        } else if changedPhase || progress.size != nil {
            var line = texts(.progressLine, elapsed, texts(progress.phase.textKey))
            if let size = progress.size { line += " — " + texts(.modelSize, size.text(texts)) }
            print(line)
        }
    }

    private var elapsed: String { texts.decimal(Date().timeIntervalSince(started)) }

    private func tick() {
        lock.lock()
        let quiet = Date().timeIntervalSince(lastPrint) >= 1
        let phase = phase
        lock.unlock()
        guard quiet, let phase else { return }
        print(texts(.progressStill, elapsed, texts(phase.textKey)))
    }

    private func print(_ line: String) {
        lock.lock()
        lastPrint = Date()
        lock.unlock()
        Console.error(line)
    }
}

extension SolveProgress.Phase {
    var textKey: TextKey {
        switch self {
        case .building: .phaseBuilding
        case .solving: .phaseSolving
        case .searching: .phaseSearching
        }
    }
}
