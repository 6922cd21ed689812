import Foundation
import Testing

@testable import CTGCore
@testable import CTGOutput
@testable import CTGSolver

/// The HTML report: complete, well-formed, self-contained, escaped, localised.
@Suite struct ReportTests {
    @Test(arguments: Language.allCases) func isWellFormed(language: Language) throws {
        let html = ReportFixture.html(try ReportFixture.instance(), language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(xmlProblem(html) == nil, "\(xmlProblem(html) ?? "")")
        #expect(xmlProblem("<p><b>unclosed</p>") != nil)  // the check can fail
    }

    @Test func showsEveryMeetingInEveryView() throws {
        let e = try ReportFixture.instance()
        let schedule = Fixture.base(e)
        let html = ReportFixture.html(e, schedule)
        for assignment in schedule.assignments {
            #expect(html.contains("id=\"meeting-\(assignment.meeting)\""), "no row for \(assignment.meeting)")
            #expect(html.contains(assignment.title))
        }
        // One dot on the timeline and one entry in the calendar per meeting.
        #expect(occurrences(of: "<circle", in: html) == schedule.assignments.count)
        #expect(occurrences(of: "<li class=\"ev k", in: html) == schedule.assignments.count)
    }

    @Test func timelineAndCalendarCoverTheHorizon() throws {
        let e = try ReportFixture.instance { $0.horizon = Fixture.span("2022-06-01", "2022-08-10") }
        let html = ReportFixture.html(e)
        for month in ["juin 2022", "juillet", "août"] { #expect(html.contains(">\(month)<"), "\(month)") }
        #expect(occurrences(of: "<table class=\"cal\"", in: html) == 3)
        #expect(html.contains("1. Lancement") && html.contains("2. Travaux") && html.contains("Hors phase : réunion"))
    }

    @Test func escapesInstanceText() throws {
        let e = try ReportFixture.instance { instance in
            instance.name = "CTG <b>&</b>"
            instance.partners[0].name = "<script>alert('caf')</script>"
            instance.meetings[0].title = "<script>alert(\"copil\")</script> & co"
            instance.rooms[0].site = "Is-sur-<Tille>"
        }
        let html = ReportFixture.html(e)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;caf&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&quot;copil&quot;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("CTG &lt;b&gt;&amp;&lt;/b&gt;"))
        #expect(xmlProblem(html) == nil, "\(xmlProblem(html) ?? "")")
    }

    @Test func isSelfContained() throws {
        let html = ReportFixture.html(try ReportFixture.instance())
        for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "@import", "url(http", "@font-face"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // The only address is the SVG namespace, which is a name, not a fetch.
        let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "\(addresses)")
        #expect(html.contains("@page{size:A4 landscape"))
    }

    @Test func speaksTheChosenLanguage() throws {
        let e = try ReportFixture.instance()
        let french = ReportFixture.html(e, language: .fr)
        let english = ReportFixture.html(e, language: .en)
        #expect(french.contains("mardi 7 juin 2022, 9h30–12h00"))
        #expect(french.contains("Frise des phases") && french.contains("Calendrier mois par mois"))
        #expect(french.contains("mardi 14 novembre 2023 à 23h13"))
        #expect(english.contains("Tuesday 7 June 2022, 09:30–12:00"))
        #expect(english.contains("Timeline of the phases") && english.contains("Calendar, month by month"))
        #expect(!english.contains("réunion"))
    }

    @Test func dependsOnlyOnItsInputs() throws {
        let e = try ReportFixture.instance()
        #expect(ReportFixture.html(e) == ReportFixture.html(e))
    }

    @Test func highlightsTheChangesOfAReplan() throws {
        let e = try ReportFixture.instance()
        var schedule = Fixture.base(e)
        let before = Fixture.place(e, "copil", "2022-06-06", "morning", room: "salle-conseil")
        schedule.cancelled = [
            Cancellation(
                meeting: "bilan", uid: "bilan@ctg-planner", sequence: 1, title: "Bilan <annulé>",
                start: "2022-06-09T14:00:00+02:00",
                end: "2022-06-09T16:30:00+02:00")
        ]
        let changes = ScheduleChanges(
            moved: [(meeting: "copil", from: before, to: schedule.assignments[0])], cancelled: schedule.cancelled,
            added: ["visio"])
        let html = ReportFixture.html(e, schedule, changes: changes)
        #expect(html.contains("<section id=\"changes\""))
        #expect(
            html.contains("lundi 6 juin 2022, 9h30–12h00, salle-conseil → mardi 7 juin 2022, 9h30–12h00, salle-conseil")
        )
        #expect(occurrences(of: ">déplacée<", in: html) == 3)  // changes, calendar, list
        #expect(occurrences(of: ">nouvelle<", in: html) == 3)
        #expect(html.contains("<del><span class=\"time\">14h00</span> Bilan &lt;annulé&gt;</del>"))
        #expect(html.contains("class=\"ev k0 moved\""))
        #expect(xmlProblem(html) == nil, "\(xmlProblem(html) ?? "")")
    }

    @Test func headerShowsTheResult() throws {
        let e = try ReportFixture.instance()
        var schedule = Fixture.base(e, objective: 12)
        schedule.bound = 10
        let html = ReportFixture.html(e, schedule)
        #expect(html.contains("<dd>12 (10, 16,7 %)</dd>"))
        #expect(html.contains("<dd>réalisable (optimalité non prouvée)</dd>"))
    }

    @Test func shortTitlesKeepTheSessionNumber() throws {
        let e = try Fixture.expanded { instance in
            var series = MeetingSpec(
                id: "gt", title: "Groupe de travail Inclusion numérique et accès aux droits des familles")
            series.sessions = 3
            series.required = ["msa"]
            instance.meetings.append(series)
        }
        let meeting = e.meetings[e.meetingIndex["gt#2"]!]
        let short = ReportContent.shortTitle(meeting.title, meeting: meeting, instance: e)
        #expect(short == "Groupe de travail Inclusion numérique et accès aux… 2/3")
        #expect(ReportContent.shortTitle("Comité", meeting: nil, instance: e) == "Comité")
    }

    @Test func everyReportTextExistsInBothLanguages() {
        let others: [TextKey] = [.modelDimensions, .solverScheduleInvalid, .cannotWrite]
        let mine = TextKey.allCases.filter { key in
            ["report", "csv", "restrict"].contains { key.rawValue.hasPrefix($0) } || others.contains(key)
        }
        #expect(mine.count > 60)
        for key in mine {
            #expect(TextKey.french[key] != nil, "no French text for \(key)")
            #expect(TextKey.english[key] != nil, "no English text for \(key)")
        }
    }
}
