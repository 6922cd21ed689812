import CTGCore

/// The territory's rooms: a council room and small rooms at the seat, a
/// hall in every other commune.
extension TerritoryBuilder {
    mutating func addRooms(_ communes: [String], councils: String) {
        func room(
            _ id: String, _ name: String, _ site: String, _ capacity: Int, _ features: [String],
            _ rules: [DraftRule] = []
        )
            -> DraftRoom
        {
            DraftRoom(
                id: p(id), name: name, site: site, capacity: capacity, features: features, unavailable: rules,
                section: section)
        }
        rooms.append(
            room(
                "salle-conseil", "Salle du conseil communautaire", communes[0], 40,
                ["accessible", "projector", "visio"],
                [
                    DraftRule(kind: .weekday(bureauDay), slots: [Campaign.evening], note: "bureau communautaire"),
                    DraftRule(kind: .period(councils), slots: [Campaign.evening]),
                ]))
        if !small {
            rooms.append(
                room(
                    "mediatheque", "Médiathèque — salle d'animation", communes[0], 30, ["accessible", "projector"],
                    [
                        DraftRule(kind: .weekday(.wed), note: "heure du conte"),
                        DraftRule(
                            kind: .weekday(.sat), slots: [Campaign.morning, Campaign.afternoon],
                            note: "ouverture au public"),
                    ]))
        }
        rooms.append(
            room(
                "centre-social", "Centre social — salle de réunion", communes[1], 25, ["accessible"],
                [DraftRule(kind: .weekday(.wed), note: "centre de loisirs")]))
        rooms.append(
            room(
                "mairie-\(FrenchNames.slug(communes[2]))", "Mairie \(FrenchNames.of(communes[2])) — salle de réunion",
                communes[2], 20, []))
        if !small {
            rooms.append(
                room(
                    "france-services", "Maison France services — salle de formation", communes[communes.count - 1], 12,
                    ["accessible", "projector", "visio"],
                    [
                        DraftRule(
                            kind: .weekday(rng.pick(Campaign.workingDays)), slots: [Campaign.morning],
                            note: "permanence numérique")
                    ]))
        }
        // The two largest halls hold the seminar and the conference of mayors;
        // every commune has an accessible hall for the resident workshops.
        for (index, commune) in communes.enumerated().dropFirst() {
            let large = index <= 2
            var rentals = Set<LocalDate>()
            for _ in 0..<rng.int(in: 1...3) {
                rentals.insert(
                    Campaign.next(.sat, onOrAfter: Campaign.day("2022-09-10").adding(days: 7 * rng.int(in: 0...30))))
            }
            var rules = rentals.sorted().map {
                DraftRule(kind: .span(DateSpan(from: $0, to: $0.adding(days: 1))), note: "louée")
            }
            if !large && rng.chance(0.4) {
                rules.append(DraftRule(kind: .weekday(.wed), note: "centre de loisirs"))
                rules.append(DraftRule(kind: .period(Campaign.schoolHolidays)))
            }
            if rng.chance(0.5) {
                rules.append(
                    DraftRule(
                        kind: .weekday(rng.pick([Weekday.mon, .wed, .fri])), slots: [Campaign.evening],
                        note: "activité associative"))
            }
            rooms.append(
                room(
                    "sdf-\(FrenchNames.slug(commune))",
                    large
                        ? "Salle des fêtes \(FrenchNames.of(commune))" : "Salle polyvalente \(FrenchNames.of(commune))",
                    commune,
                    large ? 10 * rng.int(in: 8...15) : 10 * rng.int(in: 4...9),
                    large || rng.chance(0.5) ? ["accessible", "projector"] : ["accessible"], rules))
        }
    }
}
