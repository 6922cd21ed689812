import CTGCore

/// The calendar, one table per month (weeks as rows, weekdays as columns),
/// each meeting in its day cell with its time, short title and site, the
/// colour and code of its phase or kind, and a flag when a re-plan changed it.
extension HTMLReport {
    static func monthGrid(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        let instance = content.instance
        let byDate = Dictionary(grouping: content.entries, by: \.date)
        let withdrawnByDate = Dictionary(grouping: content.withdrawn, by: \.date)
        let workingDays = Set(instance.instance.calendar.days)
        let columns = workingDays.union(content.entries.map(\.date.weekday)).union(
            content.withdrawn.map(\.date.weekday)
        ).sorted()
        let horizon = instance.instance.horizon

        html.element("section", ["id": "calendar"]) { section in
            section.element("h2", text: texts(.reportCalendar))
            categoryLegend(&section, content)
            section.element("div", ["class": "months"]) { months in
                for month in content.months {
                    let anchor = "month-\(month.year)-\(month.month)"
                    let count = content.entries.filter { $0.date.year == month.year && $0.date.month == month.month }
                        .count
                    months.element("div", ["class": "month"]) { block in
                        block.element("h3", ["id": anchor]) { heading in
                            heading.text(content.monthName(month) + " ")
                            heading.element("small", text: "— \(meetingCount(count, texts))")
                        }
                        block.element("table", ["class": "cal", "aria-labelledby": anchor]) { table in
                            table.element("thead") { head in
                                head.element("tr") { row in
                                    for weekday in columns {
                                        row.element(
                                            "th", ["scope": "col"], text: texts(TextKey.weekdays[weekday.index]))
                                    }
                                }
                            }
                            table.element("tbody") { body in
                                var monday = LocalDate(dayNumber: month.isoWeekMonday)
                                while monday.year < month.year
                                    || (monday.year == month.year && monday.month <= month.month)
                                {
                                    body.element("tr") { row in
                                        for weekday in columns {
                                            let date = monday.adding(days: weekday.index)
                                            guard date.month == month.month else {
                                                row.element("td", ["class": "out"]) { _ in }
                                                continue
                                            }
                                            let closed = instance.closedDates[date]
                                            let state =
                                                !horizon.contains(date)
                                                ? "off"
                                                : closed != nil
                                                    ? "closed" : workingDays.contains(weekday) ? nil : "weekend"
                                            row.element("td", ["class": state]) { cell in
                                                let continued =
                                                    weekday != columns.first
                                                    && instance.closedDates[date.adding(days: -1)] == closed
                                                dayCell(
                                                    &cell, date, closed: continued ? nil : closed,
                                                    entries: byDate[date] ?? [], withdrawn: withdrawnByDate[date] ?? [],
                                                    content)
                                            }
                                        }
                                    }
                                    monday = monday.adding(days: 7)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func dayCell(
        _ cell: inout HTMLBuilder, _ date: LocalDate, closed: String?, entries: [ReportContent.Entry],
        withdrawn: [ReportContent.Withdrawn], _ content: ReportContent
    ) {
        let texts = content.texts
        cell.element("span", ["class": "day"]) { day in
            day.element("span", ["class": "sr"], text: texts.longDate(date))
            day.element("span", ["aria-hidden": "true"], text: String(date.day))
        }
        if let closed {
            cell.element(
                "span", ["class": "why"],
                text: content.closures.contains { $0.id == closed } ? texts(.reportClosed, closed) : closed)
        }
        guard !entries.isEmpty || !withdrawn.isEmpty else { return }
        cell.element("ul") { list in
            for entry in entries {
                let css = entry.mark.map { $0 == .added ? " added" : " moved" } ?? ""
                let category = content.categories[entry.category]
                list.element(
                    "li",
                    [
                        "class": "ev k\(entry.category)\(css)",
                        "title": "\(entry.assignment.title) — \(content.times(entry)) — \(content.fullPlace(entry))",
                    ]
                ) { item in
                    item.element("span", ["class": "code", "title": category.name], text: category.code)
                    item.text(" ")
                    item.element("span", ["class": "time"], text: entry.start.map(texts.time) ?? entry.assignment.slot)
                    item.text(" \(entry.shortTitle)")
                    item.element("span", ["class": "site"], text: entry.site)
                    if let flag = flag(entry.mark, texts) { item.element("strong", ["class": "flag"], text: flag) }
                }
            }
            for gone in withdrawn {
                list.element("li", ["class": "ev cancelled"]) { item in
                    item.element("del") { struck in
                        if let start = gone.start { struck.element("span", ["class": "time"], text: texts.time(start)) }
                        struck.text(
                            " \(ReportContent.shortTitle(gone.title, meeting: nil, instance: content.instance))")
                    }
                    item.text(" ")
                    item.element("strong", ["class": "flag"], text: texts(.reportCancelled))
                }
            }
        }
    }

    /// The word that says how a re-plan changed a meeting, so the outline is not the only cue.
    static func flag(_ mark: ReportContent.Mark?, _ texts: Texts) -> String? {
        switch mark {
        case .moved: texts(.reportMoved)
        case .roomChanged: texts(.reportRoomChanged)
        case .added: texts(.reportAdded)
        case nil: nil
        }
    }

    /// Colour and code of every category, then what the cell shading means.
    private static func categoryLegend(_ html: inout HTMLBuilder, _ content: ReportContent) {
        html.element("ul", ["class": "legend", "aria-label": content.texts(.reportLegend)]) { list in
            for (index, category) in content.categories.enumerated() {
                list.element("li", ["class": "k\(index)"]) { item in
                    item.element("span", ["class": "code"], text: category.code)
                    item.text(category.name)
                }
            }
            list.element("li") { item in
                item.element("span", ["class": "swatch closed", "aria-hidden": "true"]) { _ in }
                item.text(content.texts(.reportClosedDay))
            }
        }
    }
}
