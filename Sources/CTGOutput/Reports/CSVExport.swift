import CTGCore
import Foundation

/// The schedule as a spreadsheet: one row per scheduled meeting, in time order.
///
/// The format is what French Excel and LibreOffice open with a double click,
/// accents and columns right: UTF-8 with a byte order mark (without it Excel
/// reads the file as Windows-1252) and `;` as the separator (French Excel
/// expects `;` because `,` is the decimal separator), CRLF line ends and
/// RFC 4180 quoting (a field with `;`, `"`, CR or LF is quoted, quotes
/// doubled). The same format is written in English, so a file always opens
/// the same way.
///
/// Attendees are partner names, not ids: the file is for people (ids are in
/// `schedule.json`); the meeting id is the last column for merges. Dates are
/// `15/11/2022` in French and `2022-11-15` in English, times `14:00`, so that
/// the spreadsheet reads them as dates and times. A text cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a line break gets a leading `'`, so that a title can never
/// run as a formula. Cancelled meetings are not rows: they are not held.
///
///     let data = CSVExport.data(schedule, instance: expanded, texts: Texts(.fr))
package enum CSVExport {
    package static func data(_ schedule: Schedule, instance: ExpandedInstance, texts: Texts) -> Data {
        let content = ReportContent(schedule, instance: instance, texts: texts, changes: nil)
        let header: [TextKey] = [
            .csvDate, .csvWeekday, .csvStart, .csvEnd, .csvTitle, .csvPhase, .csvKind, .csvRoom, .csvSite, .csvRequired,
            .csvOptional, .csvMeeting,
        ]
        var lines = [header.map { field(texts($0)) }.joined(separator: ";")]
        for entry in content.entries {
            let date = entry.date
            let dateText =
                texts.language == .fr
                ? String(format: "%02d/%02d/%04d", date.day, date.month, date.year) : date.description
            let cells = [
                dateText,
                texts(TextKey.weekdays[date.weekday.index]),
                entry.start?.description ?? entry.assignment.slot,
                entry.end?.description ?? "",
                text(entry.assignment.title),
                text(content.phaseName(entry)),
                content.kindName(entry),
                text(entry.assignment.room == nil ? texts(.online) : entry.place),
                text(entry.assignment.room == nil ? "" : entry.site),
                text(entry.assignment.required.map(content.partnerName).joined(separator: ", ")),
                text(entry.assignment.optional.map(content.partnerName).joined(separator: ", ")),
                text(entry.assignment.meeting),
            ]
            lines.append(cells.map(field).joined(separator: ";"))
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// RFC 4180: quoted when it holds the separator, a quote or a line break.
    package static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Instance text, defused: spreadsheets run a cell starting with one of
    /// these as a formula, and skip a leading tab or line break to find one
    /// (`"\t=cmd|…"`). Compared by scalar, as `"\r\n"` is one `Character`.
    package static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r\n".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
