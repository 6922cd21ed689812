/// What one benchmark case measured; the child process prints it as JSON
/// and the driver turns it into a table row.
struct CaseResult: Codable {
    enum Status: String, Codable {
        /// Proven optimal.
        case optimal
        /// A schedule, but the time limit ran out before the proof.
        case feasible
        /// The time limit ran out before any schedule.
        case noSchedule = "no schedule"
        case infeasible
        /// The child failed: `detail` says how.
        case failed
    }

    var size: String
    var seed: UInt64
    var status: Status
    var detail: String?
    var meetings: Int?
    /// Reading the YAML and expanding the calendar.
    var loadSeconds: Double?
    var rows: Int?
    var columns: Int?
    var nonzeros: Int?
    var buildSeconds: Double?
    /// From the start of `Planner.solve` (model building included) to the first incumbent.
    var firstScheduleSeconds: Double?
    var objective: Int?
    var bound: Int?
    /// From the start of `Planner.solve` to its return.
    var totalSeconds: Double?
    var peakMiB: Double?
    var valid: Bool?

    init(size: String, seed: UInt64, status: Status, detail: String? = nil) {
        self.size = size
        self.seed = seed
        self.status = status
        self.detail = detail
    }

    /// GLPK's measure: |objective − bound| / |objective|, in percent.
    var gapPercent: Double? {
        guard let objective, let bound else { return nil }
        return objective == bound ? 0 : 100 * Double(objective - bound) / Double(max(1, abs(objective)))
    }
}

extension CaseResult {
    static let tableHeader = [
        "| size | seed | meetings | load s | rows | columns | non-zeros | build s | first schedule s | status | objective | bound | gap | total s | peak MiB | valid |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]

    var tableRow: String {
        let none = "—"
        func int(_ value: Int?) -> String { value.map(String.init) ?? none }
        func seconds(_ value: Double?) -> String {
            guard let value else { return none }
            return value < 10 ? format(value, decimals: 2) : format(value, decimals: 1)
        }
        let statusText = detail.map { "\(status.rawValue): \($0)" } ?? status.rawValue
        let cells = [
            size, String(seed), int(meetings), seconds(loadSeconds), int(rows), int(columns), int(nonzeros),
            seconds(buildSeconds), seconds(firstScheduleSeconds), statusText, int(objective), int(bound),
            gapPercent.map { format($0, decimals: 1) + " %" } ?? none, seconds(totalSeconds),
            peakMiB.map { format($0, decimals: 0) } ?? none, valid.map { $0 ? "✓" : "✗" } ?? none,
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}

/// Fixed-point text without Foundation's locale-dependent formatting.
func format(_ value: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
}
