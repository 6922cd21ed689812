import CTGCore
import Foundation

/// The calendar files of a run, ready for `AtomicFile.writeAll`.
package enum OutputFiles {
    /// `calendar` (the whole calendar), then one file per partner and room under
    /// `feeds`, and the invitations under `invitations` (one folder per partner).
    /// `reminderMinutes` replaces the instance's reminder when given.
    package static func calendars(
        _ schedule: Schedule, instance: ExpandedInstance, texts: Texts, calendar: String, feeds: String?,
        invitations: String?, invited: Set<String>? = nil, cancelled: [Cancellation] = [], reminderMinutes: Int? = nil
    ) throws -> [(path: String, data: Data)] {
        let export = CalendarExport(instance: instance, texts: texts, reminderMinutes: reminderMinutes)
        var files: [(path: String, data: Data)] = [(calendar, Data(export.calendar(schedule).serialized().utf8))]
        if let feeds {
            for feed in export.feeds(schedule) {
                files.append(
                    (
                        URL(fileURLWithPath: feeds).appendingPathComponent(feed.fileName).path,
                        Data(feed.document.serialized().utf8)
                    ))
            }
        }
        if let invitations {
            for message in export.invitations(schedule, meetings: invited, cancelled: cancelled) {
                files.append(
                    (
                        URL(fileURLWithPath: invitations).appendingPathComponent(message.fileName).path,
                        Data(message.document.serialized().utf8)
                    ))
            }
        }
        return files
    }
}
