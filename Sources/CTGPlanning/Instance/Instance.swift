import Foundation

/// An instance as the coordinator wrote it (format version 1), with every
/// default of the format applied but nothing expanded yet: groups, series and
/// periods are still names. `ExpandedInstance` turns it into what the solver
/// and the validator work on.
public struct Instance: Sendable {
    public var version: Int = 1
    public var name: String
    public var timeZone: TimeZone
    public var horizon: DateSpan
    public var calendar: CalendarSettings
    /// Named date sets, in the order of the file.
    public var periods: [NamedPeriod] = []
    public var phases: [Phase] = []
    /// Named sets of partner or group ids, in the order of the file.
    public var groups: [Group] = []
    public var partners: [Partner] = []
    public var rooms: [Room] = []
    public var meetings: [MeetingSpec] = []
    public var weights: Weights = Weights()
    /// Optional extension: the coordinator who sends the invitations (ICS ORGANIZER).
    public var organizer: Organizer?
    /// Optional extension: minutes before each meeting for a VALARM reminder.
    public var reminderMinutes: Int?
    /// The file this instance was read from, for messages and relative paths.
    public var sourcePath: String?

    public init(name: String, timeZone: TimeZone, horizon: DateSpan, calendar: CalendarSettings) {
        self.name = name
        self.timeZone = timeZone
        self.horizon = horizon
        self.calendar = calendar
    }
}

public struct Organizer: Sendable, Equatable {
    public var name: String?
    public var email: String
    public init(name: String?, email: String) {
        self.name = name
        self.email = email
    }
}

public struct CalendarSettings: Sendable {
    public var days: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
    public var slots: [SlotDefinition]
    public var holidays: HolidayCalendar = .none
    public var closures: [String] = []

    public init(slots: [SlotDefinition]) {
        self.slots = slots
    }
}

public enum HolidayCalendar: String, Sendable {
    case none
    case fr
}

public struct SlotDefinition: Sendable, Equatable {
    public var id: String
    public var start: LocalTime
    public var end: LocalTime
    public init(id: String, start: LocalTime, end: LocalTime) {
        self.id = id
        self.start = start
        self.end = end
    }
}

public struct NamedPeriod: Sendable {
    public var id: String
    public var spans: [DateSpan]
    public var location: SourceLocation?
    public init(id: String, spans: [DateSpan], location: SourceLocation? = nil) {
        self.id = id
        self.spans = spans
        self.location = location
    }
}

public struct Group: Sendable {
    public var id: String
    /// Partner or group ids.
    public var members: [String]
    public var location: SourceLocation?
    public init(id: String, members: [String], location: SourceLocation? = nil) {
        self.id = id
        self.members = members
        self.location = location
    }
}

/// One `unavailable:` rule: a scope of dates, optionally narrowed to slots.
public struct AvailabilityRule: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case date(LocalDate)
        case span(DateSpan)
        case weekday(Weekday)
        case period(String)
    }
    public var scope: Scope
    /// Slot ids; `nil` means every slot of the matching dates.
    public var slots: [String]?
    public init(scope: Scope, slots: [String]? = nil) {
        self.scope = scope
        self.slots = slots
    }
}

public struct Phase: Sendable {
    public var id: String
    public var name: String
    public var window: DateSpan?
    public var after: [String] = []
    public var gapDays: Int = 0
    public var location: SourceLocation?
    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? id
    }
}

public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var email: String?
    public var unavailable: [AvailabilityRule] = []
    /// Path of an ICS file, relative to the instance file.
    public var busy: String?
    /// Where `busy` is written, for problems with reading that calendar.
    public var busyLocation: SourceLocation?
    public var maxPerWeek: Int?
    public var maxPerDay: Int?
    public var prefers: SlotPreference?
    public var location: SourceLocation?
    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? id
    }
}

/// A partner's soft preference for weekdays and slots.
public struct SlotPreference: Sendable, Equatable {
    public var days: [Weekday]?
    public var slots: [String]?
    public init(days: [Weekday]? = nil, slots: [String]? = nil) {
        self.days = days
        self.slots = slots
    }
}

public struct Room: Sendable {
    public var id: String
    public var name: String
    public var site: String
    public var address: String?
    public var capacity: Int
    public var features: [String] = []
    public var unavailable: [AvailabilityRule] = []
    public var location: SourceLocation?
    public init(id: String, name: String? = nil, site: String? = nil, capacity: Int) {
        self.id = id
        self.name = name ?? id
        self.site = site ?? id
        self.capacity = capacity
    }
}

public enum MeetingKind: String, Sendable, CaseIterable {
    case committee
    case workingGroup = "working-group"
    case workshop
    case seminar
    case other
}

public struct Spacing: Sendable, Equatable {
    public var minDays: Int = 1
    public var maxDays: Int?
    public var targetDays: Int?
    public init(minDays: Int = 1, maxDays: Int? = nil, targetDays: Int? = nil) {
        self.minDays = minDays
        self.maxDays = maxDays
        self.targetDays = targetDays
    }
}

/// "This meeting comes after `meeting`", with the spec's day semantics.
public struct Precedence: Sendable, Equatable {
    /// A meeting id, a series id (its last session) or `ID#k`.
    public var meeting: String
    public var minDays: Int = 0
    public var maxDays: Int?
    public var location: SourceLocation?
    public init(meeting: String, minDays: Int = 0, maxDays: Int? = nil) {
        self.meeting = meeting
        self.minDays = minDays
        self.maxDays = maxDays
    }
}

public struct Pin: Sendable, Equatable {
    public var date: LocalDate
    public var slot: String
    public var room: String?
    public var location: SourceLocation?
    public init(date: LocalDate, slot: String, room: String? = nil) {
        self.date = date
        self.slot = slot
        self.room = room
    }
}

/// A meeting's soft `prefer:` block; each non-nil item counts once when missed.
public struct MeetingPreference: Sendable, Equatable {
    public var days: [Weekday]?
    public var slots: [String]?
    public var rooms: [String]?
    /// Period ids the meeting should not fall in.
    public var notIn: [String]?
    public init() {}
}

/// Per-session changes of a series (`overrides: {"ID#k": {…}}`).
public struct SessionOverride: Sendable {
    public var fixed: Pin?
    public var window: DateSpan?
    public var slots: [String]?
    public var days: [Weekday]?
    public var title: String?
    public var location: SourceLocation?
    public init() {}
}

public struct MeetingSpec: Sendable {
    public var id: String
    public var title: String
    public var kind: MeetingKind = .other
    public var phase: String?
    public var sessions: Int = 1
    public var spacing: Spacing?
    public var duration: Int = 1
    /// Partner or group ids, as written.
    public var required: [String] = []
    public var optional: [String] = []
    /// `nil`: the number of distinct attendees after expansion.
    public var participants: Int?
    public var needs: [String] = []
    public var rooms: [String]?
    public var sites: [String]?
    public var online: Bool = false
    public var distinctSites: Bool = false
    public var days: [Weekday]?
    public var slots: [String]?
    public var window: DateSpan?
    public var avoid: [String] = []
    public var prefer: MeetingPreference?
    public var after: [Precedence] = []
    public var fixed: Pin?
    /// Keyed by session id `ID#k`, in file order.
    public var overrides: [(session: String, override: SessionOverride)] = []
    /// Optional extension: what the meeting is for (goes into the ICS description).
    public var purpose: String?
    /// Optional extension: the visio link of an online meeting (ICS URL and LOCATION).
    public var url: String?
    public var location: SourceLocation?
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Soft-constraint weights; the names are the spec's.
public struct Weights: Sendable, Equatable {
    public var optionalAbsent = 10
    public var partnerPreference = 1
    public var meetingPreference = 5
    public var spacingDeviation = 1
    public var moved = 100
    public var roomChanged = 20
    public init() {}

    /// The spec's names, for loading and reports.
    public static let names = [
        "optional_absent", "partner_preference", "meeting_preference",
        "spacing_deviation", "moved", "room_changed",
    ]

    public subscript(name: String) -> Int? {
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
