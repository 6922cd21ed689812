/// Windows time-zone names, which Outlook and Exchange write as `TZID`
/// (often without a VTIMEZONE when a file is hand-exported), mapped to the
/// IANA zone CLDR's `windowsZones.xml` gives for territory "001".
///
/// Only the common names are here; a file whose zone is missing and has no
/// VTIMEZONE gets an error naming it rather than a silent guess.
enum WindowsZones {
    static func ianaIdentifier(for windowsName: String) -> String? {
        table[windowsName.lowercased()]
    }

    private static let table: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            ("UTC", "Etc/UTC"),
            ("Coordinated Universal Time", "Etc/UTC"),
            ("GMT Standard Time", "Europe/London"),
            ("Greenwich Standard Time", "Atlantic/Reykjavik"),
            ("W. Europe Standard Time", "Europe/Berlin"),
            ("Romance Standard Time", "Europe/Paris"),
            ("Central Europe Standard Time", "Europe/Budapest"),
            ("Central European Standard Time", "Europe/Warsaw"),
            ("W. Central Africa Standard Time", "Africa/Lagos"),
            ("Morocco Standard Time", "Africa/Casablanca"),
            ("GTB Standard Time", "Europe/Bucharest"),
            ("E. Europe Standard Time", "Europe/Chisinau"),
            ("FLE Standard Time", "Europe/Kiev"),
            ("Egypt Standard Time", "Africa/Cairo"),
            ("South Africa Standard Time", "Africa/Johannesburg"),
            ("Israel Standard Time", "Asia/Jerusalem"),
            ("Turkey Standard Time", "Europe/Istanbul"),
            ("Russian Standard Time", "Europe/Moscow"),
            ("Arab Standard Time", "Asia/Riyadh"),
            ("Arabian Standard Time", "Asia/Dubai"),
            ("India Standard Time", "Asia/Calcutta"),
            ("SE Asia Standard Time", "Asia/Bangkok"),
            ("China Standard Time", "Asia/Shanghai"),
            ("Singapore Standard Time", "Asia/Singapore"),
            ("Tokyo Standard Time", "Asia/Tokyo"),
            ("Korea Standard Time", "Asia/Seoul"),
            ("W. Australia Standard Time", "Australia/Perth"),
            ("Cen. Australia Standard Time", "Australia/Adelaide"),
            ("E. Australia Standard Time", "Australia/Brisbane"),
            ("AUS Eastern Standard Time", "Australia/Sydney"),
            ("New Zealand Standard Time", "Pacific/Auckland"),
            ("Hawaiian Standard Time", "Pacific/Honolulu"),
            ("Alaskan Standard Time", "America/Anchorage"),
            ("Pacific Standard Time", "America/Los_Angeles"),
            ("US Mountain Standard Time", "America/Phoenix"),
            ("Mountain Standard Time", "America/Denver"),
            ("Central Standard Time", "America/Chicago"),
            ("Central Standard Time (Mexico)", "America/Mexico_City"),
            ("Canada Central Standard Time", "America/Regina"),
            ("Eastern Standard Time", "America/New_York"),
            ("SA Pacific Standard Time", "America/Bogota"),
            ("Atlantic Standard Time", "America/Halifax"),
            ("Newfoundland Standard Time", "America/St_Johns"),
            ("E. South America Standard Time", "America/Sao_Paulo"),
            ("Argentina Standard Time", "America/Buenos_Aires"),
        ].map { ($0.0.lowercased(), $0.1) })
}
