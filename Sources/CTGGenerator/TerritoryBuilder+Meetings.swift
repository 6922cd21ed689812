import CTGCore

/// The territory's meetings, phase by phase, with the nominal dates the
/// witness search starts from.
extension TerritoryBuilder {
    private mutating func jitter(_ date: String, _ days: ClosedRange<Int>) -> LocalDate {
        Campaign.day(date).adding(days: rng.int(in: days))
    }

    mutating func addMeetings(_ timeline: Timeline, communes: [String]) {
        let copilMembers = p("membres-copil")
        let monitoring = p("membres-suivi")
        let funders = p("financeurs")
        let (coord, cabinet, dgs, dirEJ, president) = (p("coord"), p("cabinet"), p("dgs"), p("dir-ej"), p("president"))
        let direction = DraftBuilder.direction
        let shift = timeline.restitutionShift
        let seminarStart = timeline.seminar
        func meeting(
            _ id: String, _ title: String, _ kind: MeetingKind, required: [String], nominal: [LocalDate],
            configure: (inout DraftMeeting) -> Void = { _ in }
        ) -> DraftMeeting {
            var meeting = DraftMeeting(
                id: p(id), title: title, kind: kind, required: required, sites: shared ? communes : [],
                nominal: nominal,
                section: section)
            configure(&meeting)
            return meeting
        }

        // Governance, without a phase: it runs through the whole elaboration.
        let copilDates =
            small
            ? [timeline.launch, jitter("2022-11-07", 0...14), jitter("2023-03-13", 0...10)]
            : [
                timeline.launch, jitter("2022-09-05", 0...14), jitter("2022-11-21", 0...10),
                seminarStart.adding(days: 24),
                jitter("2023-03-20", 0...7),
            ]
        meetings.append(
            meeting(
                "copil", "Comité de pilotage CTG", .committee, required: [copilMembers, coord, cabinet],
                nominal: copilDates
            ) {
                $0.sessions = copilDates.count
                $0.spacing = small ? (60, 180, 120) : (35, 105, 63)
                $0.optional = [dgs]
                $0.participants = 15
                $0.needs = ["accessible"]
                $0.window = Campaign.span("2022-06-01", "2023-04-07")
                $0.prefer = DraftPreference(rooms: [p("salle-conseil")])
                $0.overrides[1] = DraftOverride(title: "Comité de pilotage — lancement de la CTG")
                if !small {
                    $0.overrides[4] = DraftOverride(
                        title: "Comité de pilotage — validation des priorités du séminaire",
                        window: DateSpan(from: seminarStart.adding(days: 21), to: Campaign.day("2023-03-03")))
                }
                $0.pinnedSession = 1
            })
        if !small {
            meetings.append(
                meeting(
                    "comite-suivi", "Comité de suivi technique CTG", .committee,
                    required: [monitoring, coord, cabinet],
                    nominal: [
                        jitter("2022-09-19", 0...7), jitter("2022-11-21", 0...7), jitter("2023-01-30", 0...7),
                        jitter("2023-03-20", 0...7),
                    ]
                ) {
                    $0.sessions = 4
                    $0.spacing = (42, 120, 56)
                    $0.optional = [dirEJ, financeurs[0]]
                    $0.participants = 14
                    $0.needs = ["accessible"]
                    $0.window = Campaign.span("2022-09-05", "2023-03-31")
                    $0.prefer = DraftPreference(slots: [Campaign.afternoon])
                })
            meetings.append(
                meeting(
                    "point-financeurs", "Point d'étape des financeurs (visio)", .committee, required: [funders, coord],
                    nominal: [jitter("2022-09-26", 0...7), jitter("2022-12-05", 0...7), jitter("2023-02-27", 0...7)]
                ) {
                    $0.sessions = 3
                    $0.spacing = (42, 120, 75)
                    $0.online = true
                    $0.sites = []
                    $0.optional = [dgs, cabinet]
                    $0.slots = [Campaign.morning]
                    $0.window = Campaign.span("2022-09-05", "2023-03-31")
                    $0.prefer = DraftPreference(days: [.tue])
                })
        }

        // Phase 1: the shared diagnostic.
        meetings.append(
            meeting(
                "diag-lancement", "Lancement technique du diagnostic", .workingGroup,
                required: [coord, cabinet, dgs, dirEJ],
                nominal: [timeline.launch.adding(days: 7)]
            ) {
                $0.phase = p("diagnostic")
                $0.optional = [funders]
                $0.needs = ["projector"]
                $0.window = Campaign.span("2022-06-08", "2022-07-22")
                $0.after = [DraftAfter(meeting: "\(p("copil"))#1", minDays: 1, maxDays: 21)]
            })
        if !small {
            let reviewDate = timeline.launch.adding(days: rng.int(in: 14...21))
            meetings.append(
                meeting(
                    "diag-donnees", "Revue des données socio-démographiques (visio)", .workingGroup,
                    required: [coord, cabinet], nominal: [reviewDate]
                ) {
                    $0.phase = p("diagnostic")
                    $0.online = true
                    $0.sites = []
                    $0.optional = [funders, p("pmi")]
                    $0.slots = [Campaign.morning, Campaign.afternoon]
                    $0.window = Campaign.span("2022-06-27", "2022-09-02")
                    $0.after = [DraftAfter(meeting: p("diag-lancement"), minDays: 7)]
                })
        }
        let interviewDates =
            small
            ? ["2022-06-23", "2022-07-01", "2022-07-11", "2022-08-29", "2022-09-01"]
            : [
                "2022-06-23", "2022-06-28", "2022-07-01", "2022-07-06", "2022-07-11", "2022-07-18", "2022-08-29",
                "2022-09-01",
            ]
        let interviewCount = small ? rng.int(in: 3...5) : rng.int(in: 6...8)
        let interviewees = rng.shuffled(Territories.interviews)
        var interviewNominal: [LocalDate] = []
        for date in interviewDates.prefix(interviewCount) { interviewNominal.append(jitter(date, 0...1)) }
        meetings.append(
            meeting(
                "diag-entretiens", "Entretien partenaire (diagnostic)", .other, required: [coord, cabinet],
                nominal: interviewNominal
            ) {
                $0.phase = p("diagnostic")
                $0.sessions = interviewCount
                $0.spacing = (2, nil, nil)
                $0.participants = 4
                $0.slots = [Campaign.morning, Campaign.afternoon]
                $0.window = Campaign.span("2022-06-20", "2022-09-09")
                for k in 1...interviewCount {
                    $0.overrides[k] = DraftOverride(title: "Entretien — \(interviewees[k - 1])")
                }
            })
        let restitution = jitter("2022-09-08", shift...(shift + 4))
        meetings.append(
            meeting(
                "diag-restitution", "Restitution du diagnostic partagé", .committee,
                required: [coord, cabinet, dgs, president], nominal: [restitution]
            ) {
                $0.phase = p("diagnostic")
                $0.optional = [funders] + Array(elected.dropFirst()) + [dirEJ, monitoring, direction]
                $0.participants = 35
                $0.needs = ["accessible", "projector"]
                $0.window = DateSpan(
                    from: Campaign.day("2022-09-05").adding(days: shift),
                    to: Campaign.day("2022-09-16").adding(days: shift))
                $0.after = [DraftAfter(meeting: p("diag-entretiens"), minDays: 7)]
                if !small { $0.after.append(DraftAfter(meeting: p("diag-donnees"), minDays: 7)) }
            })

        // Phase 2: the residents have their say.
        meetings.append(
            meeting(
                "part-lancement-enquete", "Lancement de l'enquête habitants", .workingGroup,
                required: small
                    ? [coord, cabinet, p("centre-social")]
                    : [coord, cabinet, p("france-services"), p("mediatheque"), p("centre-social")],
                nominal: [restitution.adding(days: 4)]
            ) {
                $0.phase = p("participation")
                $0.optional = [socialVP, p("familles")]
                $0.participants = 10
                $0.window = DateSpan(
                    from: Campaign.day("2022-09-08").adding(days: shift),
                    to: Campaign.day("2022-09-30").adding(days: shift))
            })
        if !small {
            meetings.append(
                meeting(
                    "conference-maires", "Conférence des maires — présentation de la démarche CTG", .committee,
                    required: [president, coord, cabinet, dgs], nominal: [jitter("2022-10-03", 0...10)]
                ) {
                    $0.phase = p("participation")
                    $0.optional = [p("vp-enfance"), p("vp-social")]
                    $0.participants = 50
                    $0.needs = ["accessible", "projector"]
                    $0.slots = [Campaign.evening]
                    $0.pinnedSession = 1
                })
        }
        // Two sessions at least before the autumn school holidays, or five
        // sessions a week apart no longer fit before the synthesis.
        let workshop = restitution.adding(days: 14)
        let workshopDates =
            small
            ? [workshop, workshop.adding(days: 9), Campaign.day("2022-11-15")]
            : [
                workshop, workshop.adding(days: 9), workshop.adding(days: 19), Campaign.day("2022-11-19"),
                Campaign.day("2022-11-29"),
            ]
        meetings.append(
            meeting(
                "ateliers-habitants", "Atelier habitants « Vivre en famille sur le territoire »", .workshop,
                required: [coord, cabinet], nominal: workshopDates
            ) {
                $0.phase = p("participation")
                $0.sessions = workshopDates.count
                $0.spacing = (7, 35, 14)
                $0.distinctSites = true
                $0.optional = [p("elus"), p("centre-social")]
                $0.participants = 30
                $0.needs = ["accessible"]
                $0.days = [.tue, .thu]
                $0.slots = [Campaign.evening]
                $0.window = Campaign.span("2022-09-26", "2022-12-09")
                $0.avoid = [Campaign.schoolHolidays]
                $0.after = [DraftAfter(meeting: p("part-lancement-enquete"), minDays: 10)]
                $0.overrides[2] = DraftOverride(days: [.sat], slots: [Campaign.morning])
                if !small {
                    $0.overrides[4] = DraftOverride(
                        title: "Atelier habitants spécial jeunes (12-25 ans)", days: [.sat], slots: [Campaign.morning])
                }
            })
        meetings.append(
            meeting(
                "part-synthese", "Synthèse de la participation des habitants", .workingGroup,
                required: [coord, cabinet, dgs, socialVP], nominal: [jitter("2022-12-05", 0...4)]
            ) {
                $0.phase = p("participation")
                $0.optional = [monitoring]
                $0.participants = 15
                $0.needs = ["projector"]
                $0.window = Campaign.span("2022-11-28", "2022-12-16")
                $0.after = [DraftAfter(meeting: p("ateliers-habitants"), minDays: 7, maxDays: 30)]
            })

        // Phase 3: the strategic seminar, a full day.
        if !small {
            meetings.append(
                meeting(
                    "seminaire-preparation", "Préparation du séminaire stratégique", .other,
                    required: [coord, cabinet, dgs, president], nominal: [jitter("2022-12-12", 0...5)]
                ) {
                    $0.participants = 6
                    $0.window = DateSpan(from: Campaign.day("2022-12-05"), to: seminarStart.adding(days: -3))
                    $0.after = [DraftAfter(meeting: p("part-synthese"))]
                })
        }
        let largest = rooms.filter { $0.features.contains("projector") && $0.features.contains("accessible") }.max {
            $0.capacity < $1.capacity
        }!.id
        meetings.append(
            meeting(
                "seminaire", "Séminaire stratégique : priorités de la CTG", .seminar,
                required: [copilMembers, coord, cabinet, dgs, dirEJ],
                nominal: [seminarStart.adding(days: rng.int(in: 0...10))]
            ) {
                $0.phase = p("seminaire")
                $0.duration = 2
                $0.optional =
                    small ? [monitoring, direction] : [monitoring, p("mediatheque"), p("france-services"), direction]
                $0.participants = 50
                $0.needs = ["accessible", "projector"]
                $0.slots = [Campaign.morning, Campaign.afternoon]
                $0.prefer = DraftPreference(rooms: [largest])
                if !small { $0.after = [DraftAfter(meeting: p("seminaire-preparation"), minDays: 7)] }
            })

        // Phase 4: thematic working groups, about every four weeks.
        let groupsStart = seminarStart.adding(days: 21 + rng.int(in: 0...7))
        var workingGroups = workingGroupThemes(communes: communes)
        if !small && rng.chance(0.5) { workingGroups.remove(at: rng.int(in: 0...(workingGroups.count - 1))) }
        for theme in workingGroups {
            let latest = Campaign.day("2023-03-31")
            let nominal =
                theme.sessions == 3
                ? [
                    groupsStart.adding(days: rng.int(in: 0...7)), groupsStart.adding(days: 24 + rng.int(in: 0...5)),
                    groupsStart.adding(days: 45 + rng.int(in: 0...5)),
                ]
                : [groupsStart.adding(days: rng.int(in: 0...14)), groupsStart.adding(days: 28 + rng.int(in: 0...14))]
            var group = theme.meeting
            group.nominal = nominal.map { min($0, latest) }
            meetings.append(group)
        }

        // Finalisation.
        var closing = workingGroups.map { DraftAfter(meeting: $0.meeting.id, minDays: 7) }
        if !small {
            meetings.append(
                meeting(
                    "relecture-convention", "Relecture du projet de convention et du plan d'actions", .other,
                    required: [coord, cabinet, dgs, dirEJ], nominal: [jitter("2023-03-29", 0...5)]
                ) {
                    $0.optional = [funders]
                    $0.participants = 8
                    $0.window = Campaign.span("2023-03-20", "2023-04-14")
                    $0.after = workingGroups.prefix(2).map { DraftAfter(meeting: $0.meeting.id) }
                })
            closing.insert(DraftAfter(meeting: p("relecture-convention"), minDays: 7), at: 0)
        }
        closing.append(DraftAfter(meeting: p("copil"), minDays: 21))
        meetings.append(
            meeting(
                "copil-validation", "COPIL de validation et signature de la CTG", .committee,
                required: [copilMembers, coord, cabinet, dgs], nominal: [jitter("2023-04-13", 0...10)]
            ) {
                $0.optional = [monitoring, dirEJ]
                $0.participants = 30
                $0.needs = ["accessible", "projector"]
                $0.window = Campaign.span("2023-04-11", "2023-04-28")
                $0.prefer = DraftPreference(rooms: [p("salle-conseil")])
                $0.after = closing
            })
    }

    /// The working groups of the territory, nominal dates not yet drawn. The
    /// funders are optional guests here: required, they would attend some
    /// thirty working groups a month across a sector.
    private func workingGroupThemes(communes: [String]) -> [(sessions: Int, meeting: DraftMeeting)] {
        let (coord, cabinet, dirEJ) = (p("coord"), p("cabinet"), p("dir-ej"))
        let (caf, cd, msa) = (financeurs[0], financeurs[1], financeurs[2])
        func theme(
            _ id: String, _ title: String, sessions: Int, required: [String], optional: [String], participants: Int,
            configure: (inout DraftMeeting) -> Void = { _ in }
        ) -> (sessions: Int, meeting: DraftMeeting) {
            var meeting = DraftMeeting(
                id: p("gt-\(id)"), title: "Groupe de travail \(title)", kind: .workingGroup,
                phase: p("groupes-travail"),
                sessions: sessions, spacing: (14, 45, 28), required: required, optional: optional,
                participants: participants,
                needs: ["accessible"], sites: shared ? communes : [], nominal: [], section: section)
            configure(&meeting)
            return (sessions, meeting)
        }
        if small {
            return [
                theme(
                    "petite-enfance", "Petite enfance", sessions: 2,
                    required: [coord, cabinet, dirEJ, p("pmi"), p("rpe")],
                    optional: [childhoodVP, caf, p("centre-social")], participants: 12),
                theme(
                    "parentalite", "Parentalité", sessions: 2, required: [coord, p("centre-social"), p("familles")],
                    optional: [cabinet, p("pmi"), p("rpe"), caf], participants: 14
                ) {
                    $0.avoid = [Campaign.schoolHolidays]
                    $0.prefer = DraftPreference(slots: [Campaign.evening])
                },
            ]
        }
        return [
            theme(
                "petite-enfance", "Petite enfance", sessions: 3, required: [coord, cabinet, dirEJ, p("pmi"), p("rpe")],
                optional: [childhoodVP, caf, msa, p("centre-social")], participants: 14),
            theme(
                "enfance-jeunesse", "Enfance-Jeunesse", sessions: 3,
                required: [coord, cabinet, dirEJ, p("educ-nat"), p("centre-social")],
                optional: [childhoodVP, p("familles"), p("mediatheque")], participants: 14
            ) {
                $0.avoid = [Campaign.schoolHolidays]
            },
            theme(
                "parentalite", "Parentalité", sessions: 2, required: [coord, p("centre-social"), p("familles")],
                optional: [cabinet, p("pmi"), p("rpe"), caf], participants: 16
            ) {
                $0.avoid = [Campaign.schoolHolidays]
                $0.prefer = DraftPreference(slots: [Campaign.evening])
            },
            theme(
                "vie-sociale", "Animation de la vie sociale", sessions: 2,
                required: [coord, cabinet, p("centre-social"), socialVP],
                optional: [p("familles"), p("mediatheque"), caf, msa], participants: 14
            ) {
                $0.prefer = DraftPreference(notIn: [Campaign.schoolHolidays])
            },
            theme(
                "inclusion-numerique", "Inclusion numérique et accès aux droits", sessions: 2,
                required: [coord, cabinet, p("france-services")], optional: [caf, msa, cd, p("mediatheque")],
                participants: 10
            ) {
                $0.needs = []
                $0.prefer = DraftPreference(rooms: [p("france-services")])
            },
            theme(
                "culture", "Accès à la culture", sessions: 2, required: [coord, p("mediatheque"), socialVP],
                optional: [cabinet, p("centre-social"), p("educ-nat")], participants: 12
            ) {
                $0.needs = []
                $0.sites = Array(communes.prefix(3))
            },
        ]
    }
}
