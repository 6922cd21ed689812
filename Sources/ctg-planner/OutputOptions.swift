import ArgumentParser
import CTGPlanning
import Foundation

/// Where solve and replan write their files.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The whole calendar (default calendar.ics).")
    var output: String = "calendar.ics"

    @Option(name: .long, help: "The schedule file (default schedule.json).")
    var schedule: String = "schedule.json"

    @Option(name: .long, help: "Also write one calendar per partner and per room into this folder.")
    var feeds: String?

    @Option(name: .long, help: "Also write iTIP invitations (METHOD:REQUEST/CANCEL) per partner with an e-mail into this folder; needs `organizer` in the instance.")
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

    /// Writes every output of a run in one atomic step and returns the paths.
    func write(
        _ schedule: Schedule, instance: ExpandedInstance, texts: Texts,
        invited: Set<String>? = nil, cancelled: [Cancellation] = []
    ) throws -> [String] {
        var files: [(path: String, data: Data)] = [(self.schedule, Data(schedule.jsonText().utf8))]
        files += try OutputFiles.calendars(
            schedule, instance: instance, texts: texts, calendar: output, feeds: feeds, invitations: invitations,
            invited: invited, cancelled: cancelled, reminderMinutes: reminder)
        try AtomicFile.writeAll(files)
        var shown = [self.schedule, output]
        if let feeds { shown.append(feeds) }
        if let invitations { shown.append(invitations) }
        return shown
    }
}
