/// French public holidays (`holidays: fr`), as the format lists them.
package enum FrenchHolidays {
    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous
    /// algorithm of Meeus/Jones/Butcher, exact for every Gregorian year).
    static func easter(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// The eleven holidays of `year`, in date order, with their French names.
    package static func holidays(in year: Int) -> [(date: LocalDate, name: String)] {
        let easter = easter(year)
        let fixed: [(Int, Int, String)] = [
            (1, 1, "Jour de l'an"), (5, 1, "Fête du Travail"), (5, 8, "Victoire 1945"),
            (7, 14, "Fête nationale"), (8, 15, "Assomption"), (11, 1, "Toussaint"),
            (11, 11, "Armistice 1918"), (12, 25, "Noël"),
        ]
        var list = fixed.map { (date: LocalDate(year: year, month: $0.0, day: $0.1)!, name: $0.2) }
        list.append((easter.adding(days: 1), "Lundi de Pâques"))
        list.append((easter.adding(days: 39), "Ascension"))
        list.append((easter.adding(days: 50), "Lundi de Pentecôte"))
        return list.sorted { $0.date < $1.date }
    }
}
