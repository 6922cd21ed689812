import Foundation
import Testing

/// Ids and texts an instance may legally hold but that must not reach the
/// file system or the terminal as they are.
@Suite struct HostileTextCommandTests {
    static let instance = #"""
        version: 1
        name: "Ids hostiles"
        timezone: Europe/Paris
        horizon: {from: 2023-03-06, to: 2023-03-10}
        organizer: {name: "Coordination", email: ctg@example.org}
        calendar:
          slots:
            - {id: morning, start: "09:30", end: "12:00"}
        partners:
          - {id: "..", name: "Point point", email: dots@example.org}
          - {id: ".", name: "Point", email: dot@example.org}
        rooms:
          - {id: salle, name: "Salle", site: Ici, capacity: 10}
        meetings:
          - {id: calendar, title: "\e]0;pwned\a Réunion", attendees: {required: ["..", "."]}}
          - {id: copil, title: Copil, sessions: 2, attendees: {required: [".."]}}
          - {id: copil_1, title: Autre, attendees: {required: ["."]}}
        """#

    @Test func idsDotDotAndCalendarWriteOnlyInsideTheInvitationsFolder() throws {
        let root = try temporaryFolder()
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(Self.instance.utf8).write(to: work.appendingPathComponent("hostile.yaml"))
        let earlier = Data("earlier calendar\n".utf8)
        try earlier.write(to: work.appendingPathComponent("calendar.ics"))
        let run = try ctgPlanner(
            ["solve", "hostile.yaml", "--quiet", "-o", "all.ics", "--schedule", "s.json", "--invitations", "inv"],
            in: work)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try read(work.appendingPathComponent("calendar.ics")) == earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["work"])
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: work.path))
                == ["hostile.yaml", "calendar.ics", "all.ics", "s.json", "inv", ".ctg-planner.lock"])
        let inv = work.appendingPathComponent("inv")
        // Beside the partners' folders, only the list of what the run wrote there.
        let folders = try FileManager.default.contentsOfDirectory(atPath: inv.path).filter { $0 != ".ctg-planner-files" }
        #expect(folders.count == 2 && folders.allSatisfy { !$0.hasPrefix(".") }, "\(folders)")
        var files: [String] = []
        for folder in folders {
            files += try FileManager.default.contentsOfDirectory(atPath: inv.appendingPathComponent(folder).path)
                .map { "\(folder)/\($0)" }
        }
        // `..`: calendar, copil#1, copil#2; `.`: calendar, copil_1; none lost to a clash.
        #expect(files.count == 5, "\(files)")
    }

    @Test func controlCharactersReachTheTerminalVisibly() throws {
        let folder = try temporaryFolder()
        try Data(Self.instance.utf8).write(to: folder.appendingPathComponent("hostile.yaml"))
        let run = try ctgPlanner(["solve", "hostile.yaml", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("^[]0;pwned^G Réunion"), "\(run.stdout)")
        let hidden = (run.stdout + run.stderr).unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        #expect(hidden.isEmpty)
        let bad =
            "version: 1\nname: \"\\e[2J\"\nhorizon: {from: 2023-03-06, to: 2023-03-10}\ncalendar: {slots: []}\nx\u{1B}[31m: 1\n"
        try Data(bad.utf8).write(to: folder.appendingPathComponent("bad.yaml"))
        let failed = try ctgPlanner(["check", "bad.yaml"], in: folder)
        #expect(failed.status == 2)
        #expect(!failed.stderr.unicodeScalars.contains("\u{1B}"), "\(failed.stderr)")
    }
}
