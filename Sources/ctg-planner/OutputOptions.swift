import ArgumentParser
import CTGPlanning
import Foundation

/// Where solve and replan write their files.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The whole calendar (default calendar.ics).")
    var output: String = "calendar.ics"

    @Option(name: .long, help: "The schedule file (default schedule.json).")
    var schedule: String = "schedule.json"

    /// Writes every output of a run in one atomic step and returns the paths.
    func write(_ schedule: Schedule, instance: ExpandedInstance, texts: Texts) throws -> [String] {
        var files: [(path: String, data: Data)] = [(self.schedule, Data(schedule.jsonText().utf8))]
        files += try OutputFiles.calendars(
            schedule, instance: instance, texts: texts, calendar: output, feeds: nil, invitations: nil)
        try AtomicFile.writeAll(files)
        return files.map(\.path)
    }
}
