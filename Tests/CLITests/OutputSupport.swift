import Foundation
import Testing

/// Every file under `folder` with its bytes, by relative path, without the
/// lock file (it stays on purpose) — what a run leaves behind.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(name)
        let type = try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
        guard type == .typeRegular, !name.hasSuffix(".ctg-planner.lock") else { continue }
        files[name] = try Data(contentsOf: url)
    }
    return files
}

/// tiny.yaml with one more partner, attending nothing: removing it later
/// must remove its feed.
let tinyWithObserver: String = {
    let text = (try? String(contentsOfFile: instancePath("tiny.yaml"), encoding: .utf8)) ?? ""
    return text.replacingOccurrences(
        of: "partners:\n",
        with: "partners:\n  - id: observateur\n    name: \"Observatoire\"\n    email: obs@example.org\n")
}()

/// tiny.yaml with the CAF also away on Fridays: the COPIL set on a Friday moves.
let tinyCAFAwayOnFridays: String = {
    let text = (try? String(contentsOfFile: instancePath("tiny.yaml"), encoding: .utf8)) ?? ""
    return text.replacingOccurrences(
        of: "    unavailable: [{weekday: wed}]\n    prefers: {slots: [morning]}",
        with: "    unavailable: [{weekday: wed}, {weekday: fri}]\n    prefers: {slots: [morning]}")
}()

/// Every output kind on, into `folder`.
let everyOutput = [
    "-o", "calendar.ics", "--schedule", "schedule.json", "--feeds", "feeds", "--invitations", "inv", "--report",
    "report.html", "--csv", "plan.csv", "--quiet",
]

/// Starts `ctg-planner` without waiting, output discarded.
func startCTGPlanner(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// Waits (at most 20 s) until a staged temporary file shows up in `folder`.
func waitForStaging(in folder: URL) -> Bool {
    for _ in 0..<2000 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.contains(where: { $0.hasSuffix(".tmp") }) { return true }
        usleep(10_000)
    }
    return false
}
