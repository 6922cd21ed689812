import Foundation
import Testing

@testable import CTGCore
@testable import CTGOutput

/// The spreadsheet export: what French Excel and LibreOffice open right.
@Suite struct CSVExportTests {
    /// RFC 4180 read back: `;`-separated fields, quotes doubled inside quoted fields.
    private func rows(_ data: Data) throws -> [[String]] {
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ";":
                row.append(field)
                field = ""
            case "\r":
                #expect(pending == "\n", "CR not followed by LF")
                pending = iterator.next()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\n": Issue.record("bare LF as a line end")
            default: field.unicodeScalars.append(scalar)
            }
        }
        #expect(row.isEmpty && field.isEmpty, "the last line has no CRLF")
        return rows
    }

    @Test func oneRowPerMeetingWithBOMSemicolonsAndCRLF() throws {
        let e = try ReportFixture.instance()
        let data = CSVExport.data(Fixture.base(e), instance: e, texts: Texts(.fr))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try rows(data)
        #expect(table.count == 1 + 3)
        #expect(table.allSatisfy { $0.count == 12 })
        #expect(table[0].prefix(5) == ["Date", "Jour", "Début", "Fin", "Titre"])
        #expect(
            table[1] == [
                "07/06/2022", "mardi", "09:30", "12:00", "Comité de pilotage", "1. Lancement", "réunion",
                "salle-conseil",
                "Is-sur-Tille", "caf, cd21", "dgs", "copil",
            ])
        #expect(table[2][4] == "Atelier parentalité" && table[2][3] == "20:30")
        #expect(table[3][7] == "en ligne" && table[3][8] == "")
    }

    @Test func englishHeadersAndISODates() throws {
        let e = try ReportFixture.instance()
        let table = try rows(CSVExport.data(Fixture.base(e), instance: e, texts: Texts(.en)))
        #expect(
            table[0] == [
                "Date", "Weekday", "Start", "End", "Title", "Phase", "Kind", "Room", "Site", "Required attendees",
                "Optional attendees", "Meeting id",
            ])
        #expect(table[1][0] == "2022-06-07" && table[1][1] == "Tuesday")
    }

    @Test func quotesSeparatorsAndQuotesAndDefusesFormulas() throws {
        let e = try ReportFixture.instance { instance in
            instance.meetings[0].title = "COPIL; \"bilan\" d'étape"
            instance.meetings[1].title = "=HYPERLINK(\"http://x\")"
            instance.partners[0].name = "CAF; Côte-d'Or"
        }
        let data = CSVExport.data(Fixture.base(e), instance: e, texts: Texts(.fr))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(";\"COPIL; \"\"bilan\"\" d'étape\";"))
        let table = try rows(data)
        #expect(table[1][4] == "COPIL; \"bilan\" d'étape")
        #expect(table[1][9] == "CAF; Côte-d'Or, cd21")
        #expect(table[2][4] == "'=HYPERLINK(\"http://x\")")
    }

    @Test func rowsAreInTimeOrder() throws {
        let e = try ReportFixture.instance()
        let schedule = Fixture.base(e)
        var reversed = schedule
        reversed.assignments.reverse()
        let texts = Texts(.fr)
        #expect(
            CSVExport.data(reversed, instance: e, texts: texts) == CSVExport.data(schedule, instance: e, texts: texts))
    }
}
