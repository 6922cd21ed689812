import Foundation

/// An instance as the coordinator wrote it (format version 1), with every
/// default of the format applied but nothing expanded yet: groups, series and
/// periods are still names. `ExpandedInstance` turns it into what the solver
/// and the validator work on.
package struct Instance: Sendable {
    package var version: Int = 1
    package var name: String
    package var timeZone: TimeZone
    package var horizon: DateSpan
    package var calendar: CalendarSettings
    /// Named date sets, in the order of the file.
    package var periods: [NamedPeriod] = []
    package var phases: [Phase] = []
    /// Named sets of partner or group ids, in the order of the file.
    package var groups: [Group] = []
    package var partners: [Partner] = []
    package var rooms: [Room] = []
    package var meetings: [MeetingSpec] = []
    package var weights: Weights = Weights()
    /// Optional extension: the coordinator who sends the invitations (ICS ORGANIZER).
    package var organizer: Organizer?
    /// Optional extension: minutes before each meeting for a VALARM reminder.
    package var reminderMinutes: Int?
    /// The file this instance was read from, for messages and relative paths.
    var sourcePath: String?

    package init(name: String, timeZone: TimeZone, horizon: DateSpan, calendar: CalendarSettings) {
        self.name = name
        self.timeZone = timeZone
        self.horizon = horizon
        self.calendar = calendar
    }
}

package struct Organizer: Sendable, Equatable {
    package var name: String?
    package var email: String
    init(name: String?, email: String) {
        self.name = name
        self.email = email
    }
}

package struct CalendarSettings: Sendable {
    package var days: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
    package var slots: [SlotDefinition]
    package var holidays: HolidayCalendar = .none
    package var closures: [String] = []

    init(slots: [SlotDefinition]) {
        self.slots = slots
    }
}

package enum HolidayCalendar: String, Sendable {
    case none
    case fr
}

package struct SlotDefinition: Sendable, Equatable {
    package var id: String
    package var start: LocalTime
    package var end: LocalTime
    init(id: String, start: LocalTime, end: LocalTime) {
        self.id = id
        self.start = start
        self.end = end
    }
}

package struct NamedPeriod: Sendable {
    package var id: String
    package var spans: [DateSpan]
    package var location: SourceLocation?
    init(id: String, spans: [DateSpan], location: SourceLocation? = nil) {
        self.id = id
        self.spans = spans
        self.location = location
    }
}

package struct Group: Sendable {
    package var id: String
    /// Partner or group ids.
    package var members: [String]
    package var location: SourceLocation?
    init(id: String, members: [String], location: SourceLocation? = nil) {
        self.id = id
        self.members = members
        self.location = location
    }
}

/// One `unavailable:` rule: a scope of dates, optionally narrowed to slots.
package struct AvailabilityRule: Sendable, Equatable {
    package enum Scope: Sendable, Equatable {
        case date(LocalDate)
        case span(DateSpan)
        case weekday(Weekday)
        case period(String)
    }
    package var scope: Scope
    /// Slot ids; `nil` means every slot of the matching dates.
    package var slots: [String]?
    package init(scope: Scope, slots: [String]? = nil) {
        self.scope = scope
        self.slots = slots
    }
}

package struct Phase: Sendable {
    package var id: String
    package var name: String
    package var window: DateSpan?
    package var after: [String] = []
    package var gapDays: Int = 0
    package var location: SourceLocation?
    package init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? id
    }
}

package struct Partner: Sendable {
    package var id: String
    package var name: String
    package var email: String?
    package var unavailable: [AvailabilityRule] = []
    /// Path of an ICS file, relative to the instance file.
    package var busy: String?
    /// Where `busy` is written, for problems with reading that calendar.
    var busyLocation: SourceLocation?
    package var maxPerWeek: Int?
    package var maxPerDay: Int?
    package var prefers: SlotPreference?
    package var location: SourceLocation?
    init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? id
    }
}

/// A partner's soft preference for weekdays and slots.
package struct SlotPreference: Sendable, Equatable {
    package var days: [Weekday]?
    package var slots: [String]?
    init(days: [Weekday]? = nil, slots: [String]? = nil) {
        self.days = days
        self.slots = slots
    }
}

package struct Room: Sendable {
    package var id: String
    package var name: String
    package var site: String
    package var address: String?
    package var capacity: Int
    package var features: [String] = []
    package var unavailable: [AvailabilityRule] = []
    package var location: SourceLocation?
    package init(id: String, name: String? = nil, site: String? = nil, capacity: Int) {
        self.id = id
        self.name = name ?? id
        self.site = site ?? id
        self.capacity = capacity
    }
}

package enum MeetingKind: String, Sendable, CaseIterable {
    case committee
    case workingGroup = "working-group"
    case workshop
    case seminar
    case other
}

package struct Spacing: Sendable, Equatable {
    package var minDays: Int = 1
    package var maxDays: Int?
    package var targetDays: Int?
    init(minDays: Int = 1, maxDays: Int? = nil, targetDays: Int? = nil) {
        self.minDays = minDays
        self.maxDays = maxDays
        self.targetDays = targetDays
    }
}

/// "This meeting comes after `meeting`", with the spec's day semantics.
package struct Precedence: Sendable, Equatable {
    /// A meeting id, a series id (its last session) or `ID#k`.
    package var meeting: String
    package var minDays: Int = 0
    package var maxDays: Int?
    package var location: SourceLocation?
    init(meeting: String, minDays: Int = 0, maxDays: Int? = nil) {
        self.meeting = meeting
        self.minDays = minDays
        self.maxDays = maxDays
    }
}

package struct Pin: Sendable, Equatable {
    package var date: LocalDate
    package var slot: String
    package var room: String?
    package var location: SourceLocation?
    init(date: LocalDate, slot: String, room: String? = nil) {
        self.date = date
        self.slot = slot
        self.room = room
    }
}

/// A meeting's soft `prefer:` block; each non-nil item counts once when missed.
package struct MeetingPreference: Sendable, Equatable {
    package var days: [Weekday]?
    package var slots: [String]?
    package var rooms: [String]?
    /// Period ids the meeting should not fall in.
    package var notIn: [String]?
    init() {}
}

/// Per-session changes of a series (`overrides: {"ID#k": {…}}`).
package struct SessionOverride: Sendable {
    package var fixed: Pin?
    package var window: DateSpan?
    package var slots: [String]?
    package var days: [Weekday]?
    package var title: String?
    package var location: SourceLocation?
    init() {}
}

package struct MeetingSpec: Sendable {
    package var id: String
    package var title: String
    package var kind: MeetingKind = .other
    package var phase: String?
    package var sessions: Int = 1
    package var spacing: Spacing?
    package var duration: Int = 1
    /// Partner or group ids, as written.
    package var required: [String] = []
    package var optional: [String] = []
    /// `nil`: the number of distinct attendees after expansion.
    package var participants: Int?
    package var needs: [String] = []
    package var rooms: [String]?
    package var sites: [String]?
    package var online: Bool = false
    package var distinctSites: Bool = false
    package var days: [Weekday]?
    package var slots: [String]?
    package var window: DateSpan?
    package var avoid: [String] = []
    package var prefer: MeetingPreference?
    package var after: [Precedence] = []
    package var fixed: Pin?
    /// Keyed by session id `ID#k`, in file order.
    package var overrides: [(session: String, override: SessionOverride)] = []
    /// Optional extension: what the meeting is for (goes into the ICS description).
    package var purpose: String?
    /// Optional extension: the visio link of an online meeting (ICS URL and LOCATION).
    package var url: String?
    package var location: SourceLocation?
    init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Soft-constraint weights; the names are the spec's.
package struct Weights: Sendable, Equatable {
    package var optionalAbsent = 10
    package var partnerPreference = 1
    package var meetingPreference = 5
    package var spacingDeviation = 1
    package var moved = 100
    package var roomChanged = 20
    init() {}

    /// The spec's names, for loading and reports.
    package static let names = [
        "optional_absent", "partner_preference", "meeting_preference",
        "spacing_deviation", "moved", "room_changed",
    ]

    package subscript(name: String) -> Int? {
        get {
            switch name {
            case "optional_absent": optionalAbsent
            case "partner_preference": partnerPreference
            case "meeting_preference": meetingPreference
            case "spacing_deviation": spacingDeviation
            case "moved": moved
            case "room_changed": roomChanged
            default: nil
            }
        }
        set {
            guard let value = newValue else { return }
            switch name {
            case "optional_absent": optionalAbsent = value
            case "partner_preference": partnerPreference = value
            case "meeting_preference": meetingPreference = value
            case "spacing_deviation": spacingDeviation = value
            case "moved": moved = value
            case "room_changed": roomChanged = value
            default: break
            }
        }
    }
}
