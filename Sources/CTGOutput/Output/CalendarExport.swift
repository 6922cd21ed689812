import CTGCore
import Foundation
package import ICalendar

/// Maps a schedule onto calendars: the whole calendar, one feed per partner
/// and per room (RFC 5545 `METHOD:PUBLISH`, no ATTENDEE, partners named in
/// the description), and iTIP invitations (`METHOD:REQUEST` / `CANCEL`,
/// RFC 5546) for partners with an e-mail.
package struct CalendarExport: Sendable {
    package let instance: ExpandedInstance
    package let texts: Texts
    /// DTSTAMP of every event: `SOURCE_DATE_EPOCH` when set, so that two runs
    /// on the same input give byte-identical files.
    let timestamp: Date
    /// Minutes before each meeting of its VALARM; nil writes none.
    package let reminderMinutes: Int?

    static let productID = "-//ctg-planner//CTG meeting planner 1.0//FR"
    /// The bound the instance's `reminder_minutes` has, so a command-line reminder gets the same one.
    package static let maximumReminderMinutes = InputLimits.reminderMinutes

    /// - Parameter reminderMinutes: replaces the instance's `reminder_minutes`
    ///   (a command-line choice wins over the file); nil keeps the instance's.
    package init(
        instance: ExpandedInstance, texts: Texts, timestamp: Date = CalendarExport.defaultTimestamp(),
        reminderMinutes: Int? = nil
    ) {
        self.instance = instance
        self.texts = texts
        self.timestamp = timestamp
        self.reminderMinutes = reminderMinutes ?? instance.instance.reminderMinutes
    }

    static func defaultTimestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text.trimmingCharacters(in: .whitespaces)) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date()
    }

    /// The whole calendar: every meeting, and the cancelled ones as `STATUS:CANCELLED`.
    package func calendar(_ schedule: Schedule) -> CalendarDocument {
        document(name: instance.instance.name, method: "PUBLISH", events: publishedEvents(schedule) { _ in true })
    }

    /// One calendar per partner (meetings it attends, required or optional) and per room.
    package func feeds(_ schedule: Schedule) -> [(fileName: String, document: CalendarDocument)] {
        let partnerNames = FileNames.names(for: instance.partners.map(\.id))
        let roomNames = FileNames.names(for: instance.rooms.map(\.id))
        let partnerFeeds = instance.partners.map { partner in
            let events = publishedEvents(schedule) {
                $0.required.contains(partner.id) || $0.optional.contains(partner.id)
            }
            return (
                "partner-\(partnerNames[partner.id, default: "_"]).ics",
                document(
                    name: texts(.icsPartnerFeed, instance.instance.name, partner.name), method: "PUBLISH",
                    events: events)
            )
        }
        let roomFeeds = instance.rooms.map { room in
            let events = publishedEvents(schedule) { $0.room == room.id }
            return (
                "room-\(roomNames[room.id, default: "_"]).ics",
                document(
                    name: texts(.icsPartnerFeed, instance.instance.name, room.name), method: "PUBLISH", events: events)
            )
        }
        return partnerFeeds + roomFeeds
    }

    /// Per partner with an e-mail, one iTIP message per meeting (RFC 5546
    /// carries one UID per message): `REQUEST` for meetings in `meetings`
    /// (nil: all), `CANCEL` for the cancellations in `cancelled`.
    package func invitations(
        _ schedule: Schedule, meetings: Set<String>? = nil, cancelled: [Cancellation] = []
    ) -> [(fileName: String, document: CalendarDocument)] {
        guard organizer != nil else { return [] }
        var files: [(String, CalendarDocument)] = []
        // Named from every partner and meeting the run knows, not only those
        // written, so a meeting's file has one name in every folder and run.
        let folders = FileNames.names(for: instance.partners.map(\.id))
        let meetingFiles = FileNames.names(
            for: instance.meetings.map(\.id) + schedule.assignments.map(\.meeting)
                + (schedule.cancelled + cancelled).map(\.meeting))
        for partner in instance.partners {
            guard let email = partner.email else { continue }
            let folder = folders[partner.id, default: "_"]
            for assignment in schedule.assignments
            where meetings?.contains(assignment.meeting) ?? true
                && (assignment.required.contains(partner.id) || assignment.optional.contains(partner.id))
            {
                var event = self.event(assignment)
                event.attendees = [
                    Attendee(
                        person: Person(email: email, name: partner.name),
                        role: assignment.required.contains(partner.id) ? .requiredParticipant : .optionalParticipant)
                ]
                files.append(
                    (
                        "\(folder)/\(meetingFiles[assignment.meeting, default: "_"]).ics",
                        document(name: nil, method: "REQUEST", events: [event])
                    ))
            }
            for cancellation in cancelled where cancellation.attendees?.contains(partner.id) ?? false {
                guard var event = cancelledEvent(cancellation) else { continue }
                event.attendees = [
                    Attendee(person: Person(email: email, name: partner.name), role: .requiredParticipant)
                ]
                files.append(
                    (
                        "\(folder)/\(meetingFiles[cancellation.meeting, default: "_"])-cancel.ics",
                        document(name: nil, method: "CANCEL", events: [event])
                    ))
            }
        }
        return files
    }

    // MARK: Events

    /// RFC 5546 requires ORGANIZER in PUBLISH as in REQUEST and CANCEL, so
    /// every event names the coordinator when the instance gives one.
    private var organizer: Person? {
        instance.instance.organizer.map { Person(email: $0.email, name: $0.name) }
    }

    private func document(name: String?, method: String, events: [Event]) -> CalendarDocument {
        CalendarDocument(
            productID: CalendarExport.productID, method: method, name: name, timeZone: instance.instance.timeZone,
            events: events)
    }

    private func publishedEvents(_ schedule: Schedule, including: (Assignment) -> Bool) -> [Event] {
        schedule.assignments.filter(including).map(event)
            + schedule.cancelled.filter { including(placeholder(for: $0)) }.compactMap(cancelledEvent)
    }

    func event(_ assignment: Assignment) -> Event {
        let meeting = instance.meetingIndex[assignment.meeting].map { instance.meetings[$0] }
        let spec = meeting.map { instance.instance.meetings[$0.specIndex] }
        let room = assignment.room.flatMap { instance.roomIndex[$0] }.map { instance.rooms[$0] }
        let start = ISO8601Instant.parse(assignment.start) ?? timestamp
        let end = ISO8601Instant.parse(assignment.end) ?? start
        let location = room.map(place) ?? spec?.url
        var categories: [String] = []
        if let phase = meeting?.phase { categories.append(instance.instance.phases[phase].name) }
        if let kind = meeting?.kind { categories.append(texts(kind.textKey)) }
        return Event(
            uid: assignment.uid, timestamp: timestamp, start: start, end: end, timeZone: instance.instance.timeZone,
            summary: assignment.title, description: description(assignment, meeting: meeting, room: room),
            location: location, url: room == nil ? spec?.url : nil, categories: categories, organizer: organizer,
            status: .confirmed, sequence: assignment.sequence,
            alarm: reminderMinutes.map { Alarm(minutesBefore: $0, description: texts(.icsReminder, assignment.title)) })
    }

    private func description(_ assignment: Assignment, meeting: Meeting?, room: Room?) -> String {
        var lines: [String] = []
        if let meeting {
            if let purpose = meeting.purpose { lines.append(purpose) }
            if let phase = meeting.phase { lines.append(texts(.icsPhase, instance.instance.phases[phase].name)) }
            lines.append(texts(.icsKind, texts(meeting.kind.textKey)))
            if let session = meeting.session { lines.append(texts(.icsSession, session, meeting.sessionCount)) }
        }
        let names = { (ids: [String]) in
            ids.map { id in instance.partnerIndex[id].map { instance.partners[$0].name } ?? id }.joined(separator: ", ")
        }
        if !assignment.required.isEmpty { lines.append(texts(.icsRequired, names(assignment.required))) }
        if !assignment.optional.isEmpty { lines.append(texts(.icsOptional, names(assignment.optional))) }
        if let room {
            lines.append(texts(.icsPlace, place(room)))
        } else if let url = meeting?.url {
            lines.append(texts(.icsOnline, url))
        } else {
            lines.append(texts(.icsOnlineNoLink))
        }
        return lines.joined(separator: "\n")
    }

    /// A cancelled meeting as the VEVENT that withdraws it: same UID, its
    /// sequence, `STATUS:CANCELLED`. Needs the former start and end, which
    /// `replan` records in the cancellation.
    func cancelledEvent(_ cancellation: Cancellation) -> Event? {
        guard let start = cancellation.start.flatMap(ISO8601Instant.parse),
            let end = cancellation.end.flatMap(ISO8601Instant.parse)
        else { return nil }
        let title = cancellation.title ?? cancellation.meeting
        return Event(
            uid: cancellation.uid, timestamp: timestamp, start: start, end: end, timeZone: instance.instance.timeZone,
            summary: texts(.icsCancelled, title), organizer: organizer, status: .cancelled,
            sequence: cancellation.sequence)
    }

    /// Room, address, site; the site is left out when the address already
    /// names it, as postal addresses usually do.
    private func place(_ room: Room) -> String {
        var parts = [room.name]
        if let address = room.address { parts.append(address) }
        if !(room.address?.contains(room.site) ?? false) { parts.append(room.site) }
        return parts.joined(separator: ", ")
    }

    /// A cancellation seen as an assignment, so the same feed filters apply.
    private func placeholder(for cancellation: Cancellation) -> Assignment {
        Assignment(
            meeting: cancellation.meeting, title: cancellation.title ?? "", date: instance.instance.horizon.from,
            slot: "", slots: [], start: cancellation.start ?? "", end: cancellation.end ?? "", room: cancellation.room,
            site: nil, required: cancellation.attendees ?? [], optional: [], uid: cancellation.uid,
            sequence: cancellation.sequence)
    }
}

extension MeetingKind {
    package var textKey: TextKey {
        switch self {
        case .committee: .kindCommittee
        case .workingGroup: .kindWorkingGroup
        case .workshop: .kindWorkshop
        case .seminar: .kindSeminar
        case .other: .kindOther
        }
    }
}
