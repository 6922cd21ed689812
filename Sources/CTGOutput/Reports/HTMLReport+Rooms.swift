/// Room occupancy: meetings per room and month, then each room's bookings,
/// for the people who lend the rooms; online meetings form their own row.
extension HTMLReport {
    static func rooms(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        var rows = content.instance.rooms.map { room in
            (
                id: Optional(room.id), name: "\(room.name) (\(room.site))",
                entries: content.entries.filter { $0.assignment.room == room.id }
            )
        }
        let online = content.entries.filter { $0.assignment.room == nil }
        if !online.isEmpty { rows.append((id: nil, name: texts(.online), entries: online)) }
        html.element("section", ["id": "rooms"]) { section in
            section.element("h2", text: texts(.reportRoomView))
            monthMatrix(
                &section, content, caption: texts(.reportRoomMatrix), header: texts(.reportColumnRoom),
                rows: rows.map { ($0.name, $0.entries) })
            section.element("div", ["class": "lists"]) { columns in
                for row in rows where !row.entries.isEmpty {
                    columns.element("article", ["id": row.id.map { "room-\($0)" }]) { article in
                        article.element("h3", text: row.name)
                        let slots = row.entries.reduce(0) { $0 + $1.assignment.slots.count }
                        article.element(
                            "p", text: texts(.reportRoomLoad, meetingCount(row.entries.count, texts), slots))
                        article.element("ol") { list in
                            for entry in row.entries {
                                list.element("li") { item in
                                    item.element(
                                        "time", ["datetime": content.machineTime(entry.date, entry.start)],
                                        text: content.when(entry))
                                    item.text(" — \(entry.assignment.title)")
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
