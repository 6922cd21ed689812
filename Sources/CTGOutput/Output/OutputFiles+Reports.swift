import CTGCore
import CTGSolver
import Foundation

extension OutputFiles {
    /// The report page and the spreadsheet of a run, ready for
    /// `AtomicFile.writeAll` with the calendars, so that they all change together.
    package static func reports(
        _ schedule: Schedule, summary: SolveSummary?, instance: ExpandedInstance, texts: Texts, report: String?,
        csv: String?,
        changes: ScheduleChanges? = nil, generated: Date = CalendarExport.defaultTimestamp()
    ) -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        if let report {
            let page = HTMLReport.render(
                schedule, summary: summary, instance: instance, texts: texts, changes: changes, generated: generated)
            files.append((report, Data(page.utf8)))
        }
        if let csv { files.append((csv, CSVExport.data(schedule, instance: instance, texts: texts))) }
        return files
    }
}
