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

    /// Writes every output of a run in one atomic step and returns the paths.
    /// `summary` and `changes` are for the report only (header, highlighted changes).
    func write(
        _ schedule: Schedule, instance: ExpandedInstance, texts: Texts, summary: SolveSummary?,
        changes: ScheduleChanges? = nil, invited: Set<String>? = nil, cancelled: [Cancellation] = []
    ) throws -> [String] {
        var files: [(path: String, data: Data)] = [(self.schedule, Data(schedule.jsonText().utf8))]
        files += try OutputFiles.calendars(
            schedule, instance: instance, texts: texts, calendar: output, feeds: feeds, invitations: invitations,
            invited: invited, cancelled: cancelled, reminderMinutes: reminder)
        files += OutputFiles.reports(
            schedule, summary: summary, instance: instance, texts: texts, report: report, csv: csv, changes: changes)
        try AtomicFile.writeAll(files, texts: texts)
        return [self.schedule, output] + [feeds, invitations, report, csv].compactMap { $0 }
    }
}

extension AtomicFile {
    /// `writeAll`, with a failure told in the user's language (exit code 4).
    static func writeAll(_ files: [(path: String, data: Data)], texts: Texts) throws {
        do {
            try writeAll(files)
        } catch let error as OutputError {
            Console.error(texts(.cannotWrite, error.path, error.reason))
            throw ExitCode(4)
        }
    }
}
