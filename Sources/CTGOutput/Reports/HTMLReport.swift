import CTGCore
import CTGSolver
import CTGValidation
import Foundation

/// The plan as one self-contained HTML page, for a projector, a printer
/// (A4 landscape) or a report: the header with the solve's result, a
/// timeline of the phases, a month-by-month calendar, the list of meetings,
/// and views per partner and per room.
///
/// Nothing is fetched: the style sheet is inline and the timeline is inline
/// SVG. Every text from the instance or the schedule is escaped. The page
/// depends only on its inputs (the solve date is `generated`, which callers
/// take from `CalendarExport.defaultTimestamp()`, i.e. `SOURCE_DATE_EPOCH`),
/// so two runs on the same input give the same bytes.
package enum HTMLReport {
    static func render(
        _ schedule: Schedule, summary: SolveSummary?, instance: ExpandedInstance, texts: Texts,
        changes: ScheduleChanges? = nil, generated: Date
    ) -> String {
        let content = ReportContent(schedule, instance: instance, texts: texts, changes: changes)
        var html = HTMLBuilder()
        html.trusted("<!DOCTYPE html>\n")
        html.element("html", ["lang": texts.language.rawValue]) { html in
            html.element("head") { head in
                head.empty("meta", ["charset": "utf-8"])
                head.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.element("title", text: texts(.reportTitle, schedule.instance))
                head.element("style") { $0.trusted(ReportStyle.css(content.categories)) }
            }
            html.element("body") { body in
                header(&body, content, summary: summary, generated: generated)
                if let changes, changes.hasAny { changesSection(&body, content, changes) }
                timeline(&body, content)
                monthGrid(&body, content)
                meetingList(&body, content)
                partners(&body, content)
                rooms(&body, content)
                body.element("footer") { $0.text(texts(.reportFooter, generatedText(generated, content))) }
            }
        }
        return html.output
    }

    // MARK: Header

    private static func header(
        _ html: inout HTMLBuilder, _ content: ReportContent, summary: SolveSummary?, generated: Date
    ) {
        let texts = content.texts
        let schedule = content.schedule
        let horizon = content.instance.instance.horizon
        html.element("header") { header in
            header.element("h1", text: texts(.reportTitle, schedule.instance))
            header.element("p", ["class": "sub"]) {
                $0.text(texts(.reportHorizon, texts.longDate(horizon.from), texts.longDate(horizon.to)))
            }
            let bound = schedule.bound ?? schedule.objective
            let gap = Double(schedule.objective - bound) / Double(max(1, abs(schedule.objective)))
            var facts: [(String, String)] = [
                (texts(.reportStatus), schedule.status == .optimal ? texts(.statusOptimal) : texts(.statusFeasible)),
                (texts(.reportObjective), texts(.reportObjectiveValue, schedule.objective, bound, texts.percent(gap))),
                (texts(.reportMeetings), String(schedule.assignments.count)),
                (texts(.reportPartners), String(content.instance.partners.count)),
                (texts(.reportRooms), String(content.instance.rooms.count)),
            ]
            facts.append((texts(.reportGenerated), generatedText(generated, content)))
            header.element("dl", ["class": "facts"]) { list in
                for (term, value) in facts {
                    list.element("div") { pair in
                        pair.element("dt", text: term)
                        pair.element("dd", text: value)
                    }
                }
            }
            if let breakdown = penalties(summary, content) {
                let terms = ObjectiveTerm.allCases.compactMap { term -> String? in
                    guard let value = breakdown[term], value != 0 else { return nil }
                    return "\(texts(term.textKey)) \(value)"
                }
                header.element("p", ["class": "penalties"]) {
                    $0.text(
                        texts(.summaryTerms, terms.isEmpty ? texts(.summaryNoPenalty) : terms.joined(separator: ", ")))
                }
            }
            header.element("nav", ["aria-label": texts(.reportContents)]) { nav in
                nav.element("ul") { list in
                    var links: [(String, String)] = []
                    if let changes = content.changes, changes.hasAny {
                        links.append(("changes", texts(.reportChanges)))
                    }
                    links += [
                        ("timeline", texts(.reportTimeline)), ("calendar", texts(.reportCalendar)),
                        ("meetings", texts(.reportMeetingList)), ("partners", texts(.reportPartnerView)),
                        ("rooms", texts(.reportRoomView)),
                    ]
                    for (anchor, name) in links {
                        list.element("li") { $0.element("a", ["href": "#\(anchor)"], text: name) }
                    }
                }
            }
        }
    }

    /// What the objective is made of: the solver's figures, or for a schedule
    /// read from a file, the validator's count when it adds up to the file's
    /// objective (a re-plan's move costs need the previous schedule, which a
    /// report does not have).
    private static func penalties(_ summary: SolveSummary?, _ content: ReportContent) -> [ObjectiveTerm: Int]? {
        if let summary { return summary.breakdown }
        let recount = ScheduleValidator.validate(content.schedule, against: content.instance, replan: nil)
        guard recount.objective == content.schedule.objective else { return nil }
        return Dictionary(
            uniqueKeysWithValues: recount.breakdown.compactMap { name, value in
                ObjectiveTerm(rawValue: name).map { ($0, value) }
            })
    }

    /// "mardi 14 novembre 2023 à 23h13", in the instance's time zone.
    private static func generatedText(_ date: Date, _ content: ReportContent) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = content.instance.instance.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let day = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            let time = LocalTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
        else { return "" }
        return content.texts(.reportAt, content.texts.longDate(day), content.texts.time(time))
    }

    // MARK: Changes

    /// Moves, room changes, cancellations and additions, each with a word
    /// (not only a colour), and who must be told.
    private static func changesSection(_ html: inout HTMLBuilder, _ content: ReportContent, _ changes: ScheduleChanges)
    {
        let texts = content.texts
        html.element("section", ["id": "changes", "class": "changes"]) { section in
            section.element("h2", text: texts(.reportChanges))
            section.element("ul") { list in
                for (flag, moves) in [
                    (texts(.reportMoved), changes.moved), (texts(.reportRoomChanged), changes.roomChanged),
                ] {
                    for (_, from, to) in moves {
                        list.element("li") { item in
                            item.element("strong", ["class": "flag"], text: flag)
                            item.text(
                                " " + texts(.reportMoveLine, to.title, describe(from, content), describe(to, content)))
                        }
                    }
                }
                for cancellation in changes.cancelled {
                    list.element("li") { item in
                        item.element("strong", ["class": "flag"], text: texts(.reportCancelled))
                        item.text(" ")
                        let when = content.withdrawn.first { $0.cancellation.meeting == cancellation.meeting }
                            .map { texts.longDate($0.date) }
                        item.text(
                            [cancellation.title ?? cancellation.meeting, when].compactMap { $0 }.joined(
                                separator: " — "))
                    }
                }
                for id in changes.added {
                    list.element("li") { item in
                        item.element("strong", ["class": "flag"], text: texts(.reportAdded))
                        item.text(" ")
                        if let entry = content.entries.first(where: { $0.assignment.meeting == id }) {
                            item.text("\(entry.assignment.title) — \(content.when(entry)), \(content.fullPlace(entry))")
                        } else {
                            item.text(id)
                        }
                    }
                }
                for id in changes.frozenNowInvalid {
                    list.element("li") { item in
                        item.element("strong", ["class": "flag"], text: texts(.reportKept))
                        item.text(" ")
                        let entry = content.entries.first { $0.assignment.meeting == id }
                        item.text(texts(.reportKeptLine, entry?.assignment.title ?? id, entry.map(content.when) ?? ""))
                    }
                }
            }
            let notify = ChangeReportText.partnersToNotify(changes, schedule: content.schedule)
            if !notify.isEmpty {
                section.element("p") {
                    $0.text(texts(.reportNotify, notify.map(content.partnerName).joined(separator: ", ")))
                }
            }
        }
    }

    /// "mardi 15 novembre 2022, 14h00–16h30, Salle du conseil".
    private static func describe(_ assignment: Assignment, _ content: ReportContent) -> String {
        let grid = content.instance.grid
        let slots = assignment.slots.compactMap(grid.slotIndex(of:)).map { grid.slots[$0] }
        let when =
            if let first = slots.first, let last = slots.last {
                content.texts.dateAndTimes(assignment.date, first.start, last.end)
            } else {
                "\(content.texts.longDate(assignment.date)), \(assignment.slot)"
            }
        return "\(when), \(assignment.room.map(content.roomName) ?? content.texts(.online))"
    }
}

extension ScheduleChanges {
    var hasAny: Bool {
        !(moved.isEmpty && roomChanged.isEmpty && cancelled.isEmpty && added.isEmpty && frozenNowInvalid.isEmpty)
    }
}
