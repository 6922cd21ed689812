import CTGCore

/// An instance as the generator builds it, in the terms of the format, before
/// it becomes YAML text. The witness search reads the same values, so what it
/// proves feasible is exactly what is written.
///
/// Slots are indices into `Campaign.slots`; ids of partners, groups, rooms and
/// meetings are the ids written in the file.
struct DraftInstance {
    package var name: String
    package var header: [String]
    package var periods: [DraftPeriod]
    package var phases: [DraftPhase]
    package var groups: [DraftGroup]
    package var partners: [DraftPartner]
    package var rooms: [DraftRoom]
    package var meetings: [DraftMeeting]
}

/// Items of one territory are written together under a comment naming it.
protocol Sectioned {
    var section: String { get }
}

struct DraftPeriod {
    package var id: String
    package var spans: [DateSpan]
    package var note: String?
}

struct DraftPhase: Sectioned {
    package var id: String
    package var name: String
    package var window: DateSpan
    package var after: [String] = []
    package var gapDays = 0
    package var section: String
}

struct DraftGroup: Sectioned {
    package var id: String
    package var members: [String]
    package var section: String
}

/// One entry of an `unavailable:` list; `note` becomes a comment after it.
struct DraftRule {
    package enum Kind {
        case weekday(Weekday)
        case span(DateSpan)
        case period(String)
    }
    package var kind: Kind
    package var slots: [Int]? = nil
    package var note: String? = nil
}

struct DraftPreference {
    package var days: [Weekday] = []
    package var slots: [Int] = []
    package var rooms: [String] = []
    package var notIn: [String] = []
}

struct DraftPartner: Sectioned {
    package var id: String
    package var name: String
    package var email: String?
    package var unavailable: [DraftRule] = []
    package var maxPerWeek: Int? = nil
    package var maxPerDay: Int? = nil
    package var prefers: DraftPreference? = nil
    package var section: String
}

struct DraftRoom: Sectioned {
    package var id: String
    package var name: String
    package var site: String
    package var capacity: Int
    package var features: [String]
    package var unavailable: [DraftRule] = []
    package var section: String
}

struct DraftPin {
    package var date: LocalDate
    package var slot: Int
    package var room: String?
}

struct DraftOverride {
    package var title: String? = nil
    package var days: [Weekday]? = nil
    package var slots: [Int]? = nil
    package var window: DateSpan? = nil
    package var fixed: DraftPin? = nil
}

struct DraftAfter {
    package var meeting: String
    package var minDays = 0
    package var maxDays: Int? = nil
}

struct DraftMeeting: Sectioned {
    package var id: String
    package var title: String
    package var kind: MeetingKind
    package var phase: String? = nil
    package var sessions = 1
    package var spacing: (minDays: Int, maxDays: Int?, targetDays: Int?)? = nil
    package var duration = 1
    package var required: [String]
    package var optional: [String] = []
    package var participants: Int? = nil
    package var needs: [String] = []
    package var sites: [String] = []
    package var online = false
    package var distinctSites = false
    package var days: [Weekday]? = nil
    package var slots: [Int]? = nil
    package var window: DateSpan? = nil
    package var avoid: [String] = []
    package var prefer: DraftPreference? = nil
    package var after: [DraftAfter] = []
    /// By session number (1-based).
    package var overrides: [Int: DraftOverride] = [:]
    package var fixed: DraftPin? = nil
    /// Where the witness search looks first, one date per session: the
    /// rhythm a coordinator would plan, which keeps the later meetings of a
    /// chain within reach of the earlier ones.
    var nominal: [LocalDate]
    /// The session (1-based; 1 for a single meeting) to pin where the witness
    /// puts it, as a coordinator pins a date announced long in advance.
    var pinnedSession: Int? = nil
    package var section: String

    package func sessionID(_ k: Int) -> String { sessions > 1 ? "\(id)#\(k)" : id }
}
