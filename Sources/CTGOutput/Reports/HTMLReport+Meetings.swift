import CTGCore

/// Every meeting as one table row with every detail (full title, phase,
/// kind, place, attendees by name): the view to search, to copy into a
/// report, and the text equivalent of the timeline and the calendar.
extension HTMLReport {
    static func meetingList(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        html.element("section", ["id": "meetings"]) { section in
            section.element("h2", text: texts(.reportMeetingList))
            section.element("table", ["class": "grid"]) { table in
                table.element("caption", text: meetingCount(content.entries.count, texts))
                table.element("thead") { head in
                    head.element("tr") { row in
                        for key: TextKey in [
                            .reportColumnDate, .reportColumnTime, .reportColumnMeeting, .reportColumnPhase,
                            .reportColumnPlace, .reportColumnAttendees,
                        ] {
                            row.element("th", ["scope": "col"], text: texts(key))
                        }
                    }
                }
                table.element("tbody") { body in
                    for entry in content.entries {
                        let category = content.categories[entry.category]
                        body.element(
                            "tr", ["id": "meeting-\(entry.assignment.meeting)", "class": "k\(entry.category)"]
                        ) { row in
                            row.element("td", ["class": "nw"]) {
                                $0.element(
                                    "time", ["datetime": entry.date.description], text: texts.shortDate(entry.date))
                            }
                            row.element("td", ["class": "nw"], text: content.times(entry))
                            row.element("th", ["scope": "row"]) { cell in
                                cell.text(entry.assignment.title)
                                if let flag = flag(entry.mark, texts) {
                                    cell.text(" ")
                                    cell.element("strong", ["class": "flag"], text: flag)
                                }
                            }
                            row.element("td") { cell in
                                cell.element("span", ["class": "code"], text: category.code)
                                cell.text(
                                    " "
                                        + [content.phaseName(entry), content.kindName(entry)].filter { !$0.isEmpty }
                                        .joined(separator: " · "))
                            }
                            row.element("td", text: content.fullPlace(entry))
                            row.element("td", ["class": "people"]) { cell in
                                cell.text(entry.assignment.required.map(content.partnerName).joined(separator: ", "))
                                if !entry.assignment.optional.isEmpty {
                                    cell.element("span", ["class": "opt"]) {
                                        $0.text(
                                            " — "
                                                + texts(
                                                    .reportOptional,
                                                    entry.assignment.optional.map(content.partnerName).joined(
                                                        separator: ", ")))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
