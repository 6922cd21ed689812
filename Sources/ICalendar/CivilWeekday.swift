/// Days of the week, Monday first (RFC 5545's default `WKST`), spelt in
/// RFC 5545's two-letter codes (`MO`…`SU`).
///
/// Named apart from CTGCore's `Weekday`, the instance format's `mon`…`sun`,
/// which maps from this one.
package enum CivilWeekday: Int, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    init?(code: some StringProtocol) {
        guard let index = CivilWeekday.codes.firstIndex(of: code.uppercased()) else { return nil }
        self.init(rawValue: index)
    }

    var code: String { CivilWeekday.codes[rawValue] }

    private static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
}
