import CTGCore

/// The territory's elected members, services and local partners, with
/// weekly unavailabilities that spare the protected days.
extension TerritoryBuilder {
    /// Whole weekdays off (one per note in `days`), then daytime half-days
    /// off (one per note in `halfDays`), each week, on distinct weekdays
    /// other than `besides`, never on the protected days and half-days.
    private mutating func weekly(days: [String] = [], halfDays: [String] = [], besides: [Weekday] = []) -> [DraftRule] {
        var taken = Set(besides)
        var rules: [DraftRule] = []
        for note in days {
            let free = Campaign.workingDays.filter {
                !taken.contains($0) && ![fullDay, halfDay.0, eveningDay].contains($0)
            }
            guard !free.isEmpty else { break }
            let day = rng.pick(free)
            taken.insert(day)
            rules.append(DraftRule(kind: .weekday(day), note: note))
        }
        for note in halfDays {
            let free = Campaign.workingDays.filter { !taken.contains($0) }
                .flatMap { day in [Campaign.morning, Campaign.afternoon].map { (day, $0) } }
                .filter { $0.0 != fullDay && !($0.0 == halfDay.0 && $0.1 == halfDay.1) }
            guard !free.isEmpty else { break }
            let (day, slot) = rng.pick(free)
            taken.insert(day)
            rules.append(DraftRule(kind: .weekday(day), slots: [slot], note: note))
        }
        return rules
    }

    private mutating func leave(_ choices: [(String, String)], _ note: String) -> DraftRule {
        let (from, to) = rng.pick(choices)
        return DraftRule(kind: .span(Campaign.span(from, to)), note: note)
    }

    mutating func addPartners(councils: String) {
        let domain = "cc-\(code).example"
        let bureau = DraftRule(kind: .weekday(bureauDay), slots: [Campaign.evening], note: "bureau communautaire")
        let evenings = DraftRule(
            kind: .span(Campaign.horizon), slots: [Campaign.evening], note: "pas de réunion le soir")
        let eveningPreference = DraftPreference(slots: [Campaign.evening])
        func partner(_ id: String, _ name: String, _ rules: [DraftRule], prefers: DraftPreference? = nil)
            -> DraftPartner
        {
            DraftPartner(
                id: p(id), name: name, email: "\(id)@\(domain)", unavailable: rules, prefers: prefers, section: section)
        }

        let presidentDuties =
            rng.chance(0.5) ? ["activité professionnelle", "permanence en mairie"] : ["activité professionnelle"]
        var president = weekly(halfDays: presidentDuties, besides: [bureauDay]) + [bureau]
        president.append(DraftRule(kind: .period(councils), slots: [Campaign.evening], note: "conseils communautaires"))
        partners.append(
            partner("president", "Président(e) de la \(territory.name)", president, prefers: eveningPreference))
        if small {
            partners.append(
                partner(
                    "vp-famille", "Vice-président(e) enfance et familles",
                    weekly(days: ["travaille ce jour-là"], besides: [bureauDay]) + [bureau],
                    prefers: eveningPreference))
        } else {
            partners.append(
                partner(
                    "vp-enfance", "Vice-président(e) enfance-jeunesse",
                    weekly(days: ["travaille ce jour-là"], halfDays: ["activité professionnelle"], besides: [bureauDay])
                        + [bureau],
                    prefers: eveningPreference))
            partners.append(
                partner(
                    "vp-social", "Vice-président(e) cohésion sociale et culture",
                    weekly(days: ["garde ses petits-enfants"], besides: [bureauDay]) + [
                        bureau,
                        leave(
                            [("2022-10-24", "2022-11-04"), ("2023-02-06", "2023-02-17"), ("2023-03-06", "2023-03-10")],
                            "absent"),
                    ],
                    prefers: eveningPreference))
        }
        var dgs = [bureau, DraftRule(kind: .span(Campaign.span("2022-08-01", "2022-08-26")), note: "congés d'été")]
        if rng.chance(0.5) {
            dgs.append(leave([("2022-10-31", "2022-11-04"), ("2023-02-13", "2023-02-17")], "congés"))
        }
        partners.append(partner("dgs", "Directeur(rice) général(e) des services", dgs))
        partners.append(
            partner(
                "dir-ej", "Direction du service Enfance-Jeunesse",
                [
                    DraftRule(kind: .weekday(.wed), note: "accueils de loisirs du mercredi"),
                    DraftRule(
                        kind: .period(Campaign.schoolHolidays), slots: [Campaign.morning, Campaign.afternoon],
                        note: "dirige les accueils de loisirs"),
                ]))
        partners.append(
            partner(
                "coord", "Chargé(e) de mission CTG (coordination)",
                [
                    DraftRule(kind: .span(Campaign.span("2022-08-01", "2022-08-19")), note: "congés"),
                    DraftRule(kind: .weekday(.fri), slots: [Campaign.evening]),
                ]))
        var cabinet = partner(
            "cabinet", "Cabinet \(rng.pick(Territories.firms)) (accompagnement de la démarche)",
            [DraftRule(kind: .span(Campaign.span("2022-08-01", "2022-08-31")), note: "congés du cabinet")],
            prefers: DraftPreference(days: Array(rng.shuffled([Weekday.tue, .wed, .thu, .fri]).prefix(3)).sorted()))
        cabinet.maxPerWeek = 3
        cabinet.maxPerDay = 2
        partners.append(cabinet)
        if !small {
            partners.append(
                partner(
                    "educ-nat",
                    "Inspection de l'Éducation nationale, circonscription \(FrenchNames.of(territory.communes[0]))",
                    [
                        DraftRule(kind: .period(Campaign.schoolHolidays), note: "pas de réunion pendant les vacances")
                    ] + weekly(halfDays: ["animations pédagogiques", "conseils d'école"])))
        }
        partners.append(
            partner(
                "centre-social", "Centre social \(FrenchNames.of(territory.communes[1])) — direction",
                [DraftRule(kind: .weekday(.wed), note: "accueil de loisirs du mercredi")],
                prefers: DraftPreference(slots: [Campaign.afternoon])))
        partners.append(
            partner(
                "pmi", "PMI — puéricultrice de secteur (Département)",
                weekly(halfDays: ["consultations de nourrissons"]) + [evenings]))
        partners.append(
            partner(
                "familles", "Association familiale du territoire (bénévole)",
                weekly(days: ["autre engagement bénévole"]),
                prefers: eveningPreference))
        partners.append(
            partner(
                "rpe", "Relais Petite Enfance — animatrice",
                weekly(days: ["permanences itinérantes"], halfDays: ["matinées d'éveil"])))
        if !small {
            partners.append(
                partner(
                    "mediatheque", "Réseau des médiathèques — responsable",
                    [DraftRule(kind: .weekday(.wed), note: "ouverture au public"), DraftRule(kind: .weekday(.sat))]))
            let closed = Campaign.day("2022-10-03").adding(days: 7 * rng.int(in: 0...20))
            partners.append(
                partner(
                    "france-services", "Maison France services — conseiller(ère) numérique",
                    weekly(halfDays: ["permanence numérique"]) + [
                        DraftRule(kind: .span(DateSpan(from: closed, to: closed.adding(days: 3))), note: "formation")
                    ]))
        }
    }
}
