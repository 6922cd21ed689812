/// The page a partner wants: how many meetings each partner has per month
/// (to see the load at a glance), then each partner's own list of dates.
extension HTMLReport {
    static func partners(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        let lists = content.instance.partners.map { partner in
            content.entries.filter {
                $0.assignment.required.contains(partner.id) || $0.assignment.optional.contains(partner.id)
            }
        }
        html.element("section", ["id": "partners"]) { section in
            section.element("h2", text: texts(.reportPartnerView))
            let rows = content.instance.partners.enumerated().map { index, partner in
                (name: partner.name, entries: lists[index])
            }
            monthMatrix(
                &section, content, caption: texts(.reportPartnerMatrix), header: texts(.reportColumnPartner), rows: rows
            )
            section.element("div", ["class": "lists"]) { columns in
                for (index, partner) in content.instance.partners.enumerated() {
                    let entries = lists[index]
                    let optional = entries.filter { $0.assignment.optional.contains(partner.id) }.count
                    columns.element("article", ["id": "partner-\(partner.id)"]) { article in
                        article.element("h3", text: partner.name)
                        var count = meetingCount(entries.count, texts)
                        if optional > 0 { count += " " + texts(.reportOptionalCount, optional) }
                        article.element("p", text: count)
                        guard !entries.isEmpty else { return }
                        article.element("ol") { list in
                            for entry in entries {
                                list.element("li") { item in
                                    item.element(
                                        "time", ["datetime": content.machineTime(entry.date, entry.start)],
                                        text: content.when(entry))
                                    item.text(" — \(entry.assignment.title) — \(entry.site)")
                                    if entry.assignment.optional.contains(partner.id) {
                                        item.element("em", text: " (\(texts(.reportOptionalMark)))")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A table of meetings per month, one row per partner or room; the number
    /// is always printed, the shading only helps to spot the busy months.
    static func monthMatrix(
        _ html: inout HTMLBuilder, _ content: ReportContent, caption: String, header: String,
        rows: [(name: String, entries: [ReportContent.Entry])]
    ) {
        let texts = content.texts
        let counts = rows.map { row in
            content.months.map { month in
                row.entries.filter { $0.date.year == month.year && $0.date.month == month.month }.count
            }
        }
        let busiest = max(1, counts.flatMap { $0 }.max() ?? 1)
        html.element("table", ["class": "grid matrix"]) { table in
            table.element("caption", text: caption)
            table.element("thead") { head in
                head.element("tr") { row in
                    row.element("th", ["scope": "col"], text: header)
                    for (index, month) in content.months.enumerated() {
                        row.element(
                            "th", ["scope": "col"],
                            text: content.monthName(month, withYear: index == 0 || month.month == 1))
                    }
                    row.element("th", ["scope": "col"], text: texts(.reportColumnTotal))
                }
            }
            table.element("tbody") { body in
                for (index, entry) in rows.enumerated() {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"], text: entry.name)
                        for count in counts[index] {
                            if count == 0 {
                                row.element("td", ["class": "n n0"], text: "0")
                            } else {
                                let alpha = String(format: "%.2f", 0.08 + 0.32 * Double(count) / Double(busiest))
                                row.element("td", ["class": "n heat", "style": "--a:\(alpha)"], text: String(count))
                            }
                        }
                        row.element("td", ["class": "n"]) { $0.element("strong", text: String(entry.entries.count)) }
                    }
                }
            }
        }
    }
}
