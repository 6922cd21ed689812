import CTGCore

/// The calendar every generated instance shares: one elaboration campaign
/// from June 2022 to April 2023, as in the bundled instance, with zone A
/// school holidays and the closures of the services.
enum Campaign {
    package static let horizon = DateSpan(from: day("2022-06-01"), to: day("2023-04-30"))
    package static let workingDays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
    package static let slots = [
        ("morning", "09:30", "12:00"), ("afternoon", "14:00", "16:30"), ("evening", "18:30", "20:30"),
    ]
    package static let morning = 0
    static let afternoon = 1
    static let evening = 2

    static let schoolHolidays = "vacances-scolaires"
    static let summerClosure = "fermeture-ete"
    static let christmasClosure = "fermeture-noel"
    /// Sessions of the Assemblée départementale: every agent of the
    /// Département is kept there.
    static let assembly = "sessions-departement"

    package static let periods = [
        DraftPeriod(
            id: schoolHolidays,
            spans: [
                span("2022-07-07", "2022-08-31"), span("2022-10-22", "2022-11-06"), span("2022-12-17", "2023-01-02"),
                span("2023-02-04", "2023-02-19"), span("2023-04-08", "2023-04-23"),
            ], note: "zone A 2022-2023"),
        DraftPeriod(
            id: summerClosure, spans: [span("2022-07-25", "2022-08-19")], note: "fermeture estivale des services"),
        DraftPeriod(id: christmasClosure, spans: [span("2022-12-23", "2023-01-02")], note: "fermeture de fin d'année"),
        DraftPeriod(
            id: assembly,
            spans: [
                span("2022-06-27", "2022-06-27"), span("2022-10-13", "2022-10-14"), span("2022-12-15", "2022-12-16"),
                span("2023-03-23", "2023-03-24"),
            ], note: "sessions de l'Assemblée départementale"),
    ]
    package static let closures = [summerClosure, christmasClosure]

    /// Dates on which nothing is scheduled: French public holidays and closures.
    static let closedDays: Set<Int> = {
        var days = Set<Int>()
        for year in horizon.from.year...horizon.to.year {
            for holiday in FrenchHolidays.holidays(in: year) { days.insert(holiday.date.dayNumber) }
        }
        for period in periods where closures.contains(period.id) {
            for span in period.spans { days.formUnion(span.from.dayNumber...span.to.dayNumber) }
        }
        return days
    }()

    package static func day(_ text: String) -> LocalDate { LocalDate(text)! }
    package static func span(_ from: String, _ to: String) -> DateSpan { DateSpan(from: day(from), to: day(to)) }

    /// The first date on or after `date` that falls on `weekday`.
    package static func next(_ weekday: Weekday, onOrAfter date: LocalDate) -> LocalDate {
        date.adding(days: (weekday.index - date.weekday.index + 7) % 7)
    }
}
