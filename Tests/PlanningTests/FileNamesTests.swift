import Foundation
import Testing

@testable import CTGCore
@testable import CTGOutput

/// File names from ids: inside their folder, distinct even ignoring case, stable.
@Suite struct FileNamesTests {
    static let hostile = [
        "..", ".", "/", "\\", "\0", "a/b", "../../etc", "..\\..\\x", "", " ", "a\nb", "\u{1B}]0;pwned\u{07}",
        String(repeating: "x", count: 250), String(repeating: "x", count: 249) + "y",
        String(repeating: "é", count: 250),
        "Alice", "alice", "ALICE", "copil_1", "copil#1", "copil", "restitution", "restitution-cancel",
        "Restitution-Cancel", "nul", "CON.txt", "calendar", "a.", "~", "x~1",
    ]

    @Test func hostileIdsGiveDistinctNamesInsideTheirFolder() throws {
        let names = FileNames.names(for: Self.hostile)
        #expect(names.count == Set(Self.hostile).count)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (id, name) in names {
            #expect(name != "." && name != ".." && !name.hasPrefix(".") && !name.hasSuffix("."), "\(id)")
            #expect(
                !name.unicodeScalars.contains {
                    $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control
                }, "\(id)")
            #expect(name.utf8.count <= 120, "\(id)")
            #expect(!name.lowercased().hasSuffix("-cancel"), "\(id): that ending belongs to cancellation files")
            files += [name + ".ics", name + "-cancel.ics", "partner-\(name).ics"]
        }
        // Distinct ignoring case, so a case-insensitive file system keeps them apart too.
        #expect(Set(files.map { $0.lowercased() }).count == files.count)
        for file in files {
            let url = folder.appendingPathComponent(file)
            try Data(file.utf8).write(to: url)
            #expect(url.standardizedFileURL.deletingLastPathComponent().path == folder.standardizedFileURL.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == files.count)
    }

    @Test func safeIdsKeepTheirNameAndClashesGoToTheIdNotWrittenExactly() {
        let names = FileNames.names(for: ["caf", "élue", "copil#2", "copil_1", "copil#1", "Alice", "alice"])
        #expect(names["caf"] == "caf")
        #expect(names["élue"] == "élue")
        #expect(names["copil#2"] == "copil_2")
        #expect(names["copil_1"] == "copil_1")
        #expect(names["copil#1"]?.hasPrefix("copil_1~") == true)
        #expect(names["Alice"] == "Alice")
        #expect(names["alice"]?.hasPrefix("alice~") == true)
        #expect(FileNames.names(for: ["copil#1"])["copil#1"] == "copil_1")
    }

    @Test func namesAreStableAcrossRunsAndOrders() {
        let names = FileNames.names(for: Self.hostile)
        #expect(FileNames.names(for: Self.hostile.reversed()) == names)
        // Pinned: a hash that changed between runs or platforms would rename every subscribed feed.
        #expect(names[".."] == "__~b37a252a")
        #expect(names["restitution-cancel"]?.hasPrefix("restitution-cancel~") == true)
    }

    @Test func invitationsOfClashingMeetingsAndCancellationsAreAllKept() throws {
        let yaml =
            ExportFixture.yaml + """

                  - id: copil_1
                    title: "Un autre comité"
                    attendees: {required: [caf]}
                    fixed: {date: 2022-10-31, slot: morning, room: conseil}
                  - id: restitution-cancel
                    title: "Restitution annulable"
                    attendees: {required: [caf]}
                    fixed: {date: 2022-10-31, slot: afternoon, room: conseil}
                """
        let (summary, instance) = try solveOptimal(yaml)
        let restitution = Cancellation(
            meeting: "restitution", uid: ExportFixture.uid("restitution"), sequence: 1, title: "Restitution",
            start: "2022-11-02T09:30:00+01:00", end: "2022-11-02T12:00:00+01:00", attendees: ["caf"],
            room: "conseil")
        let files = ExportFixture.export(instance).invitations(summary.schedule, cancelled: [restitution])
            .filter { $0.fileName.hasPrefix("caf/") }
        #expect(Set(files.map { $0.fileName.lowercased() }).count == files.count)
        var byUID: [String: (file: String, method: String?)] = [:]
        for file in files {
            let calendar = try readCalendar(file.document)
            let uid = try #require(calendar.components(named: "VEVENT").first?.text("UID"))
            byUID[uid] = (file.fileName, calendar.property("METHOD")?.value)
        }
        #expect(byUID.count == files.count)
        #expect(byUID[ExportFixture.uid("copil_1")]?.file == "caf/copil_1.ics")
        #expect(byUID[ExportFixture.uid("copil#1")]?.file.hasPrefix("caf/copil_1~") == true)
        #expect(byUID[ExportFixture.uid("restitution")]?.file == "caf/restitution-cancel.ics")
        #expect(byUID[ExportFixture.uid("restitution")]?.method == "CANCEL")
        let meeting = try #require(byUID[ExportFixture.uid("restitution-cancel")])
        #expect(meeting.method == "REQUEST" && !meeting.file.hasSuffix("-cancel.ics"))
    }
}
