import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver
import Foundation

/// Where solve and replan write their files.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The whole calendar (default calendar.ics).")
    var output: String = "calendar.ics"

    @Option(name: .long, help: "The schedule file (default schedule.json).")
    var schedule: String = "schedule.json"

    @Option(name: .long, help: "Also write one calendar per partner and per room into this folder.")
    var feeds: String?

    @Option(
        name: .long,
        help:
            "Also write iTIP invitations (METHOD:REQUEST/CANCEL) per partner with an e-mail into this folder; needs `organizer` in the instance."
    )
    var invitations: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Add a reminder this many minutes before each meeting (replaces the instance's reminder_minutes).",
            valueName: "minutes"))
    var reminder: Int?

    func validate() throws {
        if let reminder, !(0...CalendarExport.maximumReminderMinutes).contains(reminder) {
            throw ValidationError("--reminder must be between 0 and \(CalendarExport.maximumReminderMinutes) minutes")
        }
    }

    @Option(name: .long, help: "Also write the plan as one self-contained HTML page (projector; prints A4 landscape).")
    var report: String?

    @Option(name: .long, help: "Also write one row per meeting for spreadsheets (UTF-8 with BOM, ';' separated).")
    var csv: String?

    /// Every path the run reads and writes, checked with `check` before any work.
    func paths(inputs: [OutputPaths.Entry]) -> OutputPaths {
        var paths = OutputPaths()
        paths.files =
            [OutputPaths.Entry("--schedule", schedule), OutputPaths.Entry("-o", output)]
            + [("--report", report), ("--csv", csv)].compactMap { option, path in
                path.map { OutputPaths.Entry(option, $0) }
            }
        paths.folders = [("--feeds", feeds), ("--invitations", invitations)].compactMap { option, path in
            path.map { OutputPaths.Entry(option, $0) }
        }
        paths.inputs = inputs
        paths.replaceable = [(input: "--previous", output: "--schedule")]
        return paths
    }

    /// Writes every output of a run as one transaction and returns the paths:
    /// `schedule.json` last, and the feeds and invitations folders made equal
    /// to this run's files. `summary` and `changes` are for the report only.
    func write(
        _ schedule: Schedule, instance: ExpandedInstance, texts: Texts, summary: SolveSummary?, paths: OutputPaths,
        changes: ScheduleChanges? = nil, invited: Set<String>? = nil, cancelled: [Cancellation] = []
    ) throws -> [String] {
        var files = try OutputFiles.calendars(
            schedule, instance: instance, texts: texts, calendar: output, feeds: feeds, invitations: invitations,
            invited: invited, cancelled: cancelled, reminderMinutes: reminder)
        files += OutputFiles.reports(
            schedule, summary: summary, instance: instance, texts: texts, report: report, csv: csv, changes: changes)
        files.append((self.schedule, Data(schedule.jsonText().utf8)))
        try paths.checkWritten(files.map(\.path), texts: texts)
        try OutputTransaction(files: files, folders: [feeds, invitations].compactMap { $0 }).commit(texts)
        return [self.schedule, output] + [feeds, invitations, report, csv].compactMap { $0 }
    }
}
