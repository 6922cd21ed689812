import Foundation

/// The language of every text the tool itself writes (summaries, progress,
/// reports, calendar descriptions, explanations): French by default, since
/// coordinators and partners are French; English on request.
package enum Language: String, CaseIterable, Sendable {
    case fr
    case en
}

/// Looks up the tool's sentences in the table of one language. Every
/// generated sentence goes through here, so that translating the tool means
/// editing `Strings+fr.swift` and `Strings+en.swift` only.
package struct Texts: Sendable {
    package let language: Language

    package init(_ language: Language) {
        self.language = language
    }

    /// The sentence for `key` with `{0}`, `{1}`… replaced by `arguments`.
    package func callAsFunction(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        let table = language == .fr ? TextKey.french : TextKey.english
        var text = table[key] ?? TextKey.english[key] ?? key.rawValue
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
        }
        return text
    }

    /// "mardi 15 novembre 2022" / "Tuesday 15 November 2022".
    package func longDate(_ date: LocalDate) -> String {
        let weekday = self(TextKey.weekdays[date.weekday.index])
        let month = self(TextKey.months[date.month - 1])
        return "\(weekday) \(date.day) \(month) \(date.year)"
    }

    /// "mar. 15/11/2022" / "Tue 2022-11-15", for tables.
    package func shortDate(_ date: LocalDate) -> String {
        let weekday = self(TextKey.shortWeekdays[date.weekday.index])
        return language == .fr
            ? "\(weekday) \(String(format: "%02d/%02d/%04d", date.day, date.month, date.year))"
            : "\(weekday) \(date)"
    }

    /// "14h00" / "14:00".
    package func time(_ time: LocalTime) -> String {
        language == .fr ? String(format: "%dh%02d", time.hour, time.minute) : time.description
    }

    /// "mardi 15 novembre 2022, 14h00–16h30".
    package func dateAndTimes(_ date: LocalDate, _ start: LocalTime, _ end: LocalTime) -> String {
        "\(longDate(date)), \(time(start))–\(time(end))"
    }

    /// A decimal number with the language's separator: "0,8" / "0.8".
    package func decimal(_ value: Double, digits: Int = 1) -> String {
        let text = String(format: "%.\(digits)f", value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A ratio as a percentage: "4,8 %" / "4.8%".
    package func percent(_ ratio: Double) -> String {
        language == .fr ? "\(decimal(ratio * 100)) %" : "\(decimal(ratio * 100))%"
    }
}
