/// Wall-clock seconds since a start, on a clock that never jumps.
struct Stopwatch: Sendable {
    private let start = ContinuousClock.now

    var elapsed: Double {
        let duration = start.duration(to: .now)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
