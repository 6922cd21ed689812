import CTGCore

/// The phase timeline: one row per phase (its window as a bar, its meetings
/// as dots, a dashed ring on those a re-plan changed) and one per kind of
/// meeting outside the phases, over the whole horizon, with closures, public
/// holidays and avoided periods shaded behind.
extension HTMLReport {
    private struct Geometry {
        static let width = 1500.0
        static let margin = 12.0
        static let axis = 30.0
        static let rowHeight = 62.0

        package let first: Int
        package let days: Int
        var dayWidth: Double { (Geometry.width - 2 * Geometry.margin) / Double(days) }

        init(_ horizon: DateSpan) {
            first = horizon.from.dayNumber
            days = max(1, horizon.dayCount)
        }

        /// Left edge of a date's column, clamped to the horizon.
        package func x(_ date: LocalDate) -> Double {
            Geometry.margin + Double(min(max(date.dayNumber - first, 0), days)) * dayWidth
        }

        package func format(_ value: Double) -> String { String(format: "%.1f", value) }
    }

    private struct Row {
        package var label: String
        var detail: String
        var category: Int
        package var window: DateSpan?
        package var entries: [ReportContent.Entry]
    }

    static func timeline(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        let horizon = content.instance.instance.horizon
        let geometry = Geometry(horizon)
        let rows = timelineRows(content)
        let height = Geometry.axis + Double(rows.count) * Geometry.rowHeight + 6
        html.element("section", ["id": "timeline"]) { section in
            section.element("h2", text: texts(.reportTimeline))
            section.element("figure") { figure in
                figure.element(
                    "svg",
                    [
                        "class": "timeline", "xmlns": "http://www.w3.org/2000/svg",
                        "viewBox": "0 0 \(Int(Geometry.width)) \(Int(height))",
                        "role": "img", "aria-labelledby": "timeline-title timeline-desc",
                    ]
                ) { svg in
                    svg.element("title", ["id": "timeline-title"], text: texts(.reportTimeline))
                    svg.element("desc", ["id": "timeline-desc"]) {
                        $0.text(
                            texts(.reportTimelineDescription, texts.longDate(horizon.from), texts.longDate(horizon.to)))
                    }
                    svg.element("defs") { defs in
                        defs.element(
                            "pattern",
                            [
                                "id": "hatch", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse",
                                "patternTransform": "rotate(45)",
                            ]
                        ) { pattern in
                            pattern.empty("rect", ["width": "6", "height": "6", "fill": "#ffffff"])
                            pattern.empty("rect", ["width": "3", "height": "6", "fill": "#c4cbd3"])
                        }
                    }
                    background(&svg, content, geometry, height: height)
                    for (index, row) in rows.enumerated() {
                        draw(&svg, row, content, geometry, top: Geometry.axis + Double(index) * Geometry.rowHeight)
                    }
                }
            }
            shadingLegend(&section, content)
        }
    }

    /// Months as alternate bands, then what may not or should not hold meetings.
    private static func background(
        _ svg: inout HTMLBuilder, _ content: ReportContent, _ geometry: Geometry, height: Double
    ) {
        let texts = content.texts
        let horizon = content.instance.instance.horizon
        let f = geometry.format
        for (index, month) in content.months.enumerated() {
            let next =
                index + 1 < content.months.count ? content.months[index + 1] : horizon.to.adding(days: 1)
            let x0 = geometry.x(month)
            let x1 = geometry.x(next)
            svg.empty(
                "rect",
                [
                    "x": f(x0), "y": "0", "width": f(x1 - x0), "height": f(height),
                    "fill": index % 2 == 0 ? "#f4f5f7" : "#ffffff",
                ])
            svg.empty("line", ["x1": f(x0), "y1": "0", "x2": f(x0), "y2": f(height), "stroke": "#c7ccd4"])
            let label = content.monthName(month, withYear: index == 0 || month.month == 1)
            svg.element(
                "text",
                ["class": "month-label", "x": f((x0 + x1) / 2), "y": "20", "text-anchor": "middle"],
                text: label)
        }
        for period in content.avoidedPeriods {
            for span in period.spans where span.to >= horizon.from && span.from <= horizon.to {
                shade(&svg, geometry, span, top: Geometry.axis, height: height, fill: "#fbf0cf") {
                    texts(.reportAvoidedPeriod, period.id)
                }
            }
        }
        for closure in content.closures {
            shade(&svg, geometry, closure.span, top: Geometry.axis, height: height, fill: "url(#hatch)") {
                texts(.reportClosure, closure.id)
            }
        }
        for holiday in content.holidays {
            shade(
                &svg, geometry, DateSpan(date: holiday.date), top: Geometry.axis, height: height,
                fill: "#aab2bd"
            ) {
                holiday.name
            }
        }
    }

    private static func timelineRows(_ content: ReportContent) -> [Row] {
        let texts = content.texts
        let phases = content.instance.instance.phases
        var rows = phases.enumerated().map { index, phase in
            let entries = content.entries.filter { $0.meeting?.phase == index }
            let window = phase.window.map {
                DateSpan(
                    from: max($0.from, content.instance.instance.horizon.from),
                    to: min($0.to, content.instance.instance.horizon.to))
            }
            var detail = [meetingCount(entries.count, texts)]
            if let window {
                detail.insert(
                    texts(.reportSpan, content.dayMonthYear(window.from), content.dayMonthYear(window.to)), at: 0)
            }
            return Row(
                label: phase.name, detail: detail.joined(separator: " · "), category: index, window: window,
                entries: entries)
        }
        for (index, category) in content.categories.enumerated() where category.phase == nil {
            let entries = content.entries.filter { $0.meeting?.phase == nil && $0.category == index }
            rows.append(
                Row(
                    label: category.name, detail: meetingCount(entries.count, texts), category: index, window: nil,
                    entries: entries))
        }
        return rows
    }

    private static func draw(
        _ svg: inout HTMLBuilder, _ row: Row, _ content: ReportContent, _ geometry: Geometry, top: Double
    ) {
        let f = geometry.format
        let category = content.categories[row.category]
        let barTop = top + 28
        let middle = barTop + 12
        svg.element("g", ["class": "k\(row.category)"]) { group in
            group.element("text", ["class": "row-label", "x": f(Geometry.margin), "y": f(top + 19)]) { label in
                label.text(row.label)
                label.element("tspan", ["class": "row-detail"], text: " — \(row.detail)")
            }
            if let window = row.window {
                let x0 = geometry.x(window.from)
                let x1 = geometry.x(window.to.adding(days: 1))
                group.empty(
                    "rect",
                    [
                        "x": f(x0), "y": f(barTop), "width": f(max(x1 - x0, 2)), "height": "24", "rx": "4",
                        "fill": category.tint,
                        "fill-opacity": "0.85", "stroke": category.color, "stroke-width": "2",
                    ])
            } else {
                group.empty(
                    "line",
                    [
                        "x1": f(Geometry.margin), "y1": f(middle), "x2": f(Geometry.width - Geometry.margin),
                        "y2": f(middle),
                        "stroke": category.color, "stroke-width": "2", "stroke-dasharray": "2 6",
                    ])
            }
            var perDay: [LocalDate: Int] = [:]
            for entry in row.entries {
                let stack = perDay[entry.date, default: 0]
                perDay[entry.date] = stack + 1
                let x = geometry.x(entry.date) + geometry.dayWidth / 2
                group.element(
                    "circle",
                    [
                        "cx": f(x), "cy": f(middle - 5 + Double(stack % 2) * 10), "r": entry.mark == nil ? "7" : "9",
                        "fill": category.color, "stroke": entry.mark == nil ? "#ffffff" : "#17202a",
                        "stroke-width": "2",
                        "stroke-dasharray": entry.mark == nil ? nil : "3 2",
                    ]
                ) { $0.element("title", text: "\(content.when(entry)) — \(entry.assignment.title)") }
            }
        }
    }

    private static func shade(
        _ svg: inout HTMLBuilder, _ geometry: Geometry, _ span: DateSpan, top: Double, height: Double, fill: String,
        title: () -> String
    ) {
        let f = geometry.format
        let x0 = geometry.x(span.from)
        let x1 = geometry.x(span.to.adding(days: 1))
        svg.element(
            "rect", ["x": f(x0), "y": f(top), "width": f(max(x1 - x0, 3)), "height": f(height - top), "fill": fill]
        ) {
            $0.element("title", text: "\(title()) (\(span))")
        }
    }

    /// What the shading means, written out, since a pattern alone says nothing.
    private static func shadingLegend(_ html: inout HTMLBuilder, _ content: ReportContent) {
        let texts = content.texts
        let closures = content.closures.map {
            "\($0.id) (\(texts(.reportSpan, content.dayMonthYear($0.span.from), content.dayMonthYear($0.span.to))))"
        }
        var items: [(swatch: String, text: String)] = []
        if !closures.isEmpty { items.append(("closed", texts(.reportClosure, closures.joined(separator: ", ")))) }
        if !content.holidays.isEmpty { items.append(("holiday", texts(.reportHolidays))) }
        let avoided = content.avoidedPeriods.map(\.id)
        if !avoided.isEmpty { items.append(("avoided", texts(.reportAvoidedPeriod, avoided.joined(separator: ", ")))) }
        guard !items.isEmpty else { return }
        html.element("ul", ["class": "legend"]) { list in
            for item in items {
                list.element("li") { entry in
                    entry.element("span", ["class": "swatch \(item.swatch)", "aria-hidden": "true"]) { _ in }
                    entry.text(item.text)
                }
            }
        }
    }

    /// "aucune réunion", "1 réunion", "12 réunions".
    package static func meetingCount(_ count: Int, _ texts: Texts) -> String {
        switch count {
        case 0: texts(.reportNoMeeting)
        case 1: texts(.reportOneMeeting, count)
        default: texts(.reportMeetingCount, count)
        }
    }
}
