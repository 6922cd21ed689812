/// The intercommunalités of a Côte-d'Or-like department, with the communes
/// where their meetings take place; the first commune is the seat. Sites must
/// differ between territories: a commune belongs to one intercommunalité.
enum Territories {
    struct Territory: Sendable {
        /// Prefix of every id of the territory.
        package var code: String
        package var name: String
        var communes: [String]
    }

    package static let all: [Territory] = [
        Territory(
            code: "tille", name: "CC des Vallées de la Tille et de l'Ignon",
            communes: [
                "Is-sur-Tille", "Selongey", "Til-Châtel", "Marcilly-sur-Tille", "Saint-Seine-l'Abbaye",
                "Grancey-le-Château",
            ]),
        Territory(
            code: "arnay", name: "CC du Pays d'Arnay-Liernais",
            communes: ["Arnay-le-Duc", "Liernais", "Lacanche", "Saint-Prix-lès-Arnay", "Maligny", "Champignolles"]),
        Territory(
            code: "saulieu", name: "CC de Saulieu",
            communes: [
                "Saulieu", "La Roche-en-Brenil", "Thoisy-la-Berchère", "Molphey", "Champeau-en-Morvan", "Villargoix",
            ]),
        Territory(
            code: "montbard", name: "CC du Montbardois",
            communes: ["Montbard", "Rougemont", "Nogent-lès-Montbard", "Fain-lès-Montbard", "Buffon", "Saint-Rémy"]),
        Territory(
            code: "chatillon", name: "CC du Pays Châtillonnais",
            communes: [
                "Châtillon-sur-Seine", "Laignes", "Recey-sur-Ource", "Baigneux-les-Juifs", "Montigny-sur-Aube",
                "Aignay-le-Duc",
            ]),
        Territory(
            code: "alesia", name: "CC du Pays d'Alésia et de la Seine",
            communes: [
                "Venarey-les-Laumes", "Alise-Sainte-Reine", "Flavigny-sur-Ozerain", "Darcey", "Pouillenay",
                "Grésigny-Sainte-Reine",
            ]),
        Territory(
            code: "auxois", name: "CC des Terres d'Auxois",
            communes: [
                "Semur-en-Auxois", "Vitteaux", "Précy-sous-Thil", "Époisses", "Guillon-Terre-Plaine",
                "Montigny-sur-Armançon",
            ]),
        Territory(
            code: "pouilly", name: "CC de Pouilly-en-Auxois et Bligny-sur-Ouche",
            communes: [
                "Pouilly-en-Auxois", "Bligny-sur-Ouche", "Arconcey", "Vandenesse-en-Auxois", "Thoisy-le-Désert",
                "Châteauneuf",
            ]),
        Territory(
            code: "ouche", name: "CC Ouche et Montagne",
            communes: ["Sombernon", "Fleurey-sur-Ouche", "Velars-sur-Ouche", "Pont-de-Pany", "Mâlain", "Lantenay"]),
        Territory(
            code: "suzon", name: "CC Forêts, Seine et Suzon",
            communes: [
                "Saint-Martin-du-Mont", "Messigny-et-Vantoux", "Savigny-le-Sec", "Darois", "Prenois", "Val-Suzon",
            ]),
        Territory(
            code: "norge", name: "CC Norge et Tille",
            communes: ["Ruffey-lès-Echirey", "Saint-Julien", "Clénay", "Bellefond", "Norges-la-Ville", "Brognon"]),
        Territory(
            code: "mirebeau", name: "CC Mirebellois et Fontenois",
            communes: ["Mirebeau-sur-Bèze", "Bèze", "Beire-le-Châtel", "Belleneuve", "Arceau", "Magny-Saint-Médard"]),
        Territory(
            code: "auxonne", name: "CC Auxonne Pontailler Val de Saône",
            communes: [
                "Auxonne", "Pontailler-sur-Saône", "Lamarche-sur-Saône", "Villers-les-Pots", "Athée", "Flammerans",
            ]),
        Territory(
            code: "plaine", name: "CC de la Plaine Dijonnaise",
            communes: ["Genlis", "Fauverney", "Izier", "Varanges", "Tart", "Rouvres-en-Plaine"]),
        Territory(
            code: "saone", name: "CC Rives de Saône",
            communes: ["Saint-Jean-de-Losne", "Seurre", "Brazey-en-Plaine", "Esbarres", "Aiserey", "Pagny-le-Château"]),
        Territory(
            code: "nuits", name: "CC de Gevrey-Chambertin et de Nuits-Saint-Georges",
            communes: [
                "Nuits-Saint-Georges", "Gevrey-Chambertin", "Gilly-lès-Cîteaux", "Brochon", "Corgoloin",
                "Saint-Nicolas-lès-Cîteaux",
            ]),
        Territory(
            code: "beaune", name: "CA Beaune Côte et Sud",
            communes: ["Beaune", "Nolay", "Meursault", "Savigny-lès-Beaune", "Ladoix-Serrigny", "Bligny-lès-Beaune"]),
        Territory(
            code: "venelle", name: "CC Tille et Venelle",
            communes: [
                "Arc-sur-Tille", "Remilly-sur-Tille", "Magny-sur-Tille", "Cessey-sur-Tille", "Pluvault",
                "Labergement-Foigney",
            ]),
        Territory(
            code: "metropole", name: "Dijon Métropole",
            communes: ["Chenôve", "Talant", "Quetigny", "Longvic", "Fontaine-lès-Dijon", "Saint-Apollinaire"]),
        Territory(
            code: "vingeanne", name: "CC du Val de Vingeanne",
            communes: [
                "Fontaine-Française", "Saint-Seine-sur-Vingeanne", "Montigny-Mornay", "Pouilly-sur-Vingeanne",
                "Dampierre-et-Flée", "Licey-sur-Vingeanne",
            ]),
    ]

    /// Consulting firms that accompany a CTG elaboration; each territory hires one.
    static let firms = [
        "Territoires & Familles", "Ancrages Conseil", "Cités Plurielles", "Trajectoires Sociales",
        "Le Lien Territorial",
        "Horizons Publics", "Familles & Territoires Études",
    ]

    /// Whom the diagnostic interviews meet, one per session.
    static let interviews = [
        "CAF (prestations et action sociale)", "MSA", "PMI et agence solidarité famille",
        "Relais Petite Enfance et crèches",
        "centre social", "Éducation nationale et collèges", "médiathèques et associations culturelles",
        "Maison France services", "mission locale", "associations sportives",
    ]
}
