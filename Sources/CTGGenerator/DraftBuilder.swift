import CTGCore

/// Draws the draft of one instance: the department's shared staff, then each
/// territory from `TerritoryBuilder`.
///
/// The CAF, the Département and the MSA cover several territories each, as
/// they do in a real department: a CAF conseillère territoriale follows three
/// intercommunalités, an agence solidarité famille four, an MSA social worker
/// four, with weekly and daily load limits. The sectors overlap differently,
/// so a department's territories form one coupled problem, not twenty
/// independent ones. Their directions are optional guests at restitutions
/// and seminars everywhere, which couples every territory through the objective.
struct DraftBuilder {
    package let size: InstanceGenerator.Size
    let seed: UInt64
    /// Each attempt is a fresh draw of the whole instance.
    let attempt: UInt64

    static let direction = "direction-departementale"
    private static let staffSection = "Partenaires départementaux : CAF, Département, MSA"

    package func build() -> DraftInstance {
        var layout = rng(stream: 0)
        let count = size.territories
        let territories = Array(layout.shuffled(Territories.all).prefix(count))
        let caf = (0..<((count + 2) / 3)).map { "caf-ct\($0 + 1)" }
        let cd = (0..<((count + 3) / 4)).map { "cd21-asf\($0 + 1)" }
        let msa = (0..<((count + 5) / 4)).map { "msa-ts\($0 + 1)" }

        var staffRandom = rng(stream: 1)
        var draft = DraftInstance(
            name: name(territories), header: header(territories), periods: Campaign.periods, phases: [],
            groups: [
                DraftGroup(
                    id: Self.direction, members: ["caf-direction", "cd21-direction", "msa-direction"],
                    section: Self.staffSection)
            ],
            partners: sharedStaff(caf: caf, cd: cd, msa: msa, territories: count, rng: &staffRandom), rooms: [],
            meetings: [])
        for (index, territory) in territories.enumerated() {
            var builder = TerritoryBuilder(
                territory: territory, small: size == .s, shared: count > 1,
                financeurs: [caf[index / 3], cd[index / 4], msa[(index + 2) / 4]],
                rng: rng(stream: UInt64(index) + 2))
            builder.add(to: &draft)
        }
        return draft
    }

    func rng(stream: UInt64) -> SplitMix64 {
        SplitMix64(seed: seed, stream: attempt << 16 | stream)
    }

    private func name(_ territories: [Territories.Territory]) -> String {
        let what =
            territories.count == 1
            ? "CTG — \(territories[0].name)" : "CTG de Côte-d'Or — \(territories.count) territoires"
        return "\(what) (banc d'essai \(size.rawValue), graine \(seed))"
    }

    private func header(_ territories: [Territories.Territory]) -> [String] {
        [
            "Instance générée par InstanceGenerator (taille \(size.rawValue), graine \(seed)) : ne pas modifier à la main,",
            "la régénérer. Fictive mais réaliste, sur le modèle de instances/ctg-2022-2023.yaml : l'élaboration",
            "de la CTG de juin 2022 à avril 2023 "
                + (territories.count == 1
                    ? "d'un territoire." : "de \(territories.count) territoires, menée conjointement."),
            (territories.count == 1 ? "Territoire : " : "Territoires : ")
                + territories.map(\.name).joined(separator: ", ") + ".",
        ]
    }

    /// With one territory the limits are those of the bundled instance; a
    /// conseillère who covers several territories gets a little more room
    /// per week, never per day.
    private func sharedStaff(caf: [String], cd: [String], msa: [String], territories: Int, rng: inout SplitMix64)
        -> [DraftPartner]
    {
        let shared = territories > 1
        var partners: [DraftPartner] = []
        func week(_ monday: String) -> DateSpan {
            let start = Campaign.day(monday)
            return DateSpan(from: start, to: start.adding(days: 4))
        }
        for (k, id) in caf.enumerated() {
            var rules = [
                DraftRule(kind: .weekday(.wed), note: "temps partiel"),
                DraftRule(
                    kind: .span(
                        rng.pick([Campaign.span("2022-08-01", "2022-08-19"), Campaign.span("2022-08-08", "2022-08-26")])
                    ),
                    note: "congés d'été"),
            ]
            if rng.chance(0.5) {
                rules.append(
                    DraftRule(kind: .span(Campaign.span("2022-12-19", "2022-12-30")), note: "congés de fin d'année"))
            }
            if rng.chance(0.5) {
                rules.append(
                    DraftRule(
                        kind: .span(week(rng.pick(["2022-10-03", "2022-11-14", "2022-11-28", "2023-03-06"]))),
                        note: "formation"))
            }
            partners.append(
                DraftPartner(
                    id: id, name: "CAF de la Côte-d'Or — conseillère territoriale, secteur \(k + 1)",
                    email: "ct\(k + 1)@caf21.example", unavailable: rules, maxPerWeek: shared ? 3 : 2, maxPerDay: 1,
                    prefers: DraftPreference(days: [.tue, .thu]), section: Self.staffSection))
        }
        for (k, id) in cd.enumerated() {
            partners.append(
                DraftPartner(
                    id: id, name: "Conseil Départemental — agence solidarité famille, secteur \(k + 1)",
                    email: "asf\(k + 1)@cotedor21.example",
                    unavailable: [
                        DraftRule(
                            kind: .span(Campaign.horizon), slots: [Campaign.evening], note: "pas de réunion le soir"),
                        DraftRule(kind: .period(Campaign.assembly)),
                        DraftRule(
                            kind: .span(
                                rng.pick([
                                    Campaign.span("2022-07-11", "2022-07-22"),
                                    Campaign.span("2022-08-15", "2022-08-26"),
                                ])),
                            note: "congés d'été"),
                    ], maxPerWeek: shared ? 3 : nil, section: Self.staffSection))
        }
        for (k, id) in msa.enumerated() {
            var rules = [
                DraftRule(kind: .weekday(.mon), note: "permanences"),
                DraftRule(kind: .span(Campaign.span("2022-08-01", "2022-08-26")), note: "congés d'été"),
            ]
            if rng.chance(0.5) {
                rules.append(DraftRule(kind: .span(week(rng.pick(["2022-10-24", "2023-02-06"]))), note: "congés"))
            }
            partners.append(
                DraftPartner(
                    id: id, name: "MSA Bourgogne — travailleuse sociale, secteur \(k + 1)",
                    email: "ts\(k + 1)@msa-bourgogne.example", unavailable: rules, maxPerWeek: shared ? 3 : nil,
                    maxPerDay: shared ? 1 : nil, section: Self.staffSection))
        }
        let directions = [
            ("caf-direction", "CAF de la Côte-d'Or — responsable de l'action sociale", "action.sociale@caf21.example"),
            (
                "cd21-direction", "Conseil Départemental — cheffe du service enfance-famille",
                "enfance.famille@cotedor21.example"
            ),
            (
                "msa-direction", "MSA Bourgogne — responsable de l'action sanitaire et sociale",
                "ass@msa-bourgogne.example"
            ),
        ]
        for (id, name, email) in directions {
            partners.append(
                DraftPartner(
                    id: id, name: name, email: email,
                    unavailable: [
                        DraftRule(kind: .weekday(.mon), slots: [Campaign.morning], note: "comité de direction"),
                        DraftRule(kind: .span(Campaign.span("2022-08-01", "2022-08-19")), note: "congés d'été"),
                    ], section: Self.staffSection))
        }
        return partners
    }
}
