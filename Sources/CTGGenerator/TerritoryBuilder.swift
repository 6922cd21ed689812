import CTGCore

/// Draws one territory's elaboration in the shape of the bundled instance:
/// phases diagnostic → participation → seminar → working groups, a COPIL
/// series, resident workshops in distinct communes (evenings and Saturday
/// mornings), a full-day seminar, working-group series with spacing, and
/// local partners and rooms with their own unavailabilities.
///
/// A `small` territory keeps the phases with fewer partners, rooms and
/// meetings (about 20 instead of about 50).
///
/// Margin by construction: every territory keeps one full weekday and one
/// more daytime half-day among Tuesday, Thursday and Friday, and one Tuesday
/// or Thursday evening, free of every weekly unavailability of its local
/// partners; the shared staff never loses those days (the CAF is away on
/// Wednesdays, the MSA on Mondays, the Département in the evenings). The
/// witness search then proves the draw feasible.
struct TerritoryBuilder {
    let territory: Territories.Territory
    package let small: Bool
    /// With other territories in the instance, meetings keep to the
    /// territory's communes; alone, every room is the territory's anyway.
    package let shared: Bool
    /// The CAF, Département and MSA staff of this territory's sectors.
    let financeurs: [String]
    var rng: SplitMix64

    package var partners: [DraftPartner] = []
    package var rooms: [DraftRoom] = []
    package var meetings: [DraftMeeting] = []

    // Weekly patterns kept free (see the type's comment), drawn in `add`.
    var fullDay = Weekday.fri
    var halfDay = (Weekday.thu, Campaign.afternoon)
    var eveningDay = Weekday.tue
    var bureauDay = Weekday.mon

    init(territory: Territories.Territory, small: Bool, shared: Bool, financeurs: [String], rng: SplitMix64) {
        self.territory = territory
        self.small = small
        self.shared = shared
        self.financeurs = financeurs
        self.rng = rng
    }

    package var code: String { territory.code }
    package var section: String { territory.name }
    package func p(_ name: String) -> String { "\(code)-\(name)" }

    package mutating func add(to draft: inout DraftInstance) {
        let governance = rng.shuffled([Weekday.tue, .thu, .fri])
        fullDay = governance[0]
        halfDay = (governance[1], rng.pick([Campaign.morning, Campaign.afternoon]))
        eveningDay = rng.pick([.tue, .thu])
        bureauDay = rng.pick([.mon, .wed])
        let communes = Array(territory.communes.prefix(small ? rng.int(in: 3...4) : rng.int(in: 5...6)))
        let timeline = Timeline(rng: &rng)

        let councils = DraftPeriod(
            id: p("conseils"),
            spans: ["2022-06-20", "2022-09-19", "2022-12-05", "2023-03-20"].map {
                DateSpan(
                    date: Campaign.next(
                        rng.pick([.tue, .thu]), onOrAfter: Campaign.day($0).adding(days: rng.int(in: 0...7))))
            }, note: "conseils communautaires, \(territory.name)")
        draft.periods.append(councils)
        draft.phases += phases(timeline)
        draft.groups += groups()
        addPartners(councils: councils.id)
        addRooms(communes, councils: councils.id)
        addMeetings(timeline, communes: communes)
        draft.partners += partners
        draft.rooms += rooms
        draft.meetings += meetings
    }

    /// The dates that shift from one territory to the next, so that the
    /// territories of a sector do not all hold the same meeting the same week.
    package struct Timeline {
        /// The launch COPIL, in June.
        let launch: LocalDate
        /// Shift of the end of the diagnostic and of the start of the participation (0 or 7 days).
        let restitutionShift: Int
        /// First day of the seminar's window, in January.
        package let seminar: LocalDate

        package init(rng: inout SplitMix64) {
            launch = Campaign.day("2022-06-07").adding(days: rng.int(in: 0...20))
            restitutionShift = 7 * rng.int(in: 0...1)
            seminar = Campaign.day("2023-01-09").adding(days: 7 * rng.int(in: 0...1))
        }
    }

    private func phases(_ timeline: Timeline) -> [DraftPhase] {
        let shift = timeline.restitutionShift
        return [
            DraftPhase(
                id: p("diagnostic"), name: "1. Diagnostic partagé",
                window: DateSpan(from: Campaign.horizon.from, to: Campaign.day("2022-09-30").adding(days: shift)),
                section: section),
            DraftPhase(
                id: p("participation"), name: "2. Participation des habitants",
                window: DateSpan(from: Campaign.day("2022-09-05").adding(days: shift), to: Campaign.day("2022-12-16")),
                after: [p("diagnostic")], section: section),
            DraftPhase(
                id: p("seminaire"), name: "3. Séminaire stratégique",
                window: DateSpan(from: timeline.seminar, to: timeline.seminar.adding(days: 25)),
                after: [p("participation")],
                gapDays: 7, section: section),
            DraftPhase(
                id: p("groupes-travail"), name: "4. Groupes de travail thématiques et plan d'actions",
                window: DateSpan(from: timeline.seminar.adding(days: 14), to: Campaign.day("2023-04-07")),
                after: [p("seminaire")], gapDays: 7, section: section),
        ]
    }

    var elected: [String] {
        small ? [p("president"), p("vp-famille")] : [p("president"), p("vp-enfance"), p("vp-social")]
    }
    var socialVP: String { small ? p("vp-famille") : p("vp-social") }
    var childhoodVP: String { small ? p("vp-famille") : p("vp-enfance") }

    private func groups() -> [DraftGroup] {
        let monitoring =
            small
            ? [p("centre-social"), p("pmi"), p("rpe"), p("familles")]
            : [p("educ-nat"), p("centre-social"), p("pmi"), p("familles"), p("rpe")]
        return [
            DraftGroup(id: p("financeurs"), members: financeurs, section: section),
            DraftGroup(id: p("elus"), members: elected, section: section),
            DraftGroup(id: p("membres-copil"), members: [p("financeurs"), p("elus")], section: section),
            DraftGroup(id: p("membres-suivi"), members: monitoring, section: section),
        ]
    }
}
