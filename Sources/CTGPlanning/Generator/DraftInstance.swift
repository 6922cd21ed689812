/// An instance as the generator builds it, in the terms of the format, before
/// it becomes YAML text. The witness search reads the same values, so what it
/// proves feasible is exactly what is written.
///
/// Slots are indices into `Campaign.slots`; ids of partners, groups, rooms and
/// meetings are the ids written in the file.
struct DraftInstance {
    var name: String
    var header: [String]
    var periods: [DraftPeriod]
    var phases: [DraftPhase]
    var groups: [DraftGroup]
    var partners: [DraftPartner]
    var rooms: [DraftRoom]
    var meetings: [DraftMeeting]
}

/// Items of one territory are written together under a comment naming it.
protocol Sectioned {
    var section: String { get }
}

struct DraftPeriod {
    var id: String
    var spans: [DateSpan]
    var note: String?
}

struct DraftPhase: Sectioned {
    var id: String
    var name: String
    var window: DateSpan
    var after: [String] = []
    var gapDays = 0
    var section: String
}

struct DraftGroup: Sectioned {
    var id: String
    var members: [String]
    var section: String
}

/// One entry of an `unavailable:` list; `note` becomes a comment after it.
struct DraftRule {
    enum Kind {
        case weekday(Weekday)
        case span(DateSpan)
        case period(String)
    }
    var kind: Kind
    var slots: [Int]? = nil
    var note: String? = nil
}

struct DraftPreference {
    var days: [Weekday] = []
    var slots: [Int] = []
    var rooms: [String] = []
    var notIn: [String] = []
}

struct DraftPartner: Sectioned {
    var id: String
    var name: String
    var email: String?
    var unavailable: [DraftRule] = []
    var maxPerWeek: Int? = nil
    var maxPerDay: Int? = nil
    var prefers: DraftPreference? = nil
    var section: String
}

struct DraftRoom: Sectioned {
    var id: String
    var name: String
    var site: String
    var capacity: Int
    var features: [String]
    var unavailable: [DraftRule] = []
    var section: String
}

struct DraftPin {
    var date: LocalDate
    var slot: Int
    var room: String?
}

struct DraftOverride {
    var title: String? = nil
    var days: [Weekday]? = nil
    var slots: [Int]? = nil
    var window: DateSpan? = nil
    var fixed: DraftPin? = nil
}

struct DraftAfter {
    var meeting: String
    var minDays = 0
    var maxDays: Int? = nil
}

struct DraftMeeting: Sectioned {
    var id: String
    var title: String
    var kind: MeetingKind
    var phase: String? = nil
    var sessions = 1
    var spacing: (minDays: Int, maxDays: Int?, targetDays: Int?)? = nil
    var duration = 1
    var required: [String]
    var optional: [String] = []
    var participants: Int? = nil
    var needs: [String] = []
    var sites: [String] = []
    var online = false
    var distinctSites = false
    var days: [Weekday]? = nil
    var slots: [Int]? = nil
    var window: DateSpan? = nil
    var avoid: [String] = []
    var prefer: DraftPreference? = nil
    var after: [DraftAfter] = []
    /// By session number (1-based).
    var overrides: [Int: DraftOverride] = [:]
    var fixed: DraftPin? = nil
    /// Where the witness search looks first, one date per session: the
    /// rhythm a coordinator would plan, which keeps the later meetings of a
    /// chain within reach of the earlier ones.
    var nominal: [LocalDate]
    /// The session (1-based; 1 for a single meeting) to pin where the witness
    /// puts it, as a coordinator pins a date announced long in advance.
    var pinnedSession: Int? = nil
    var section: String

    func sessionID(_ k: Int) -> String { sessions > 1 ? "\(id)#\(k)" : id }
}
