import Foundation
import Testing

@testable import MIP

@Suite("Export")
struct ExportTests {
    /// A small MIP whose names need every kind of repair, with an
    /// objective constant; maximising or minimising the same value.
    static func awkwardModel(_ direction: Direction) -> Model {
        let sign: Double = direction == .maximize ? 1 : -1
        var model = Model(name: "awkward model/v1")
        model.direction = direction
        model.objectiveConstant = 7.5 * sign
        let names = ["item 0", "item 0", "3rd", "end", "Émile", "", String(repeating: "long", count: 80)]
        let values: [Double] = [60, 100, 120, 80, 30, 45, 70]
        let weights: [Double] = [10, 20, 30, 25, 5, 15, 22]
        let items = names.indices.map {
            model.addVariable(name: names[$0], kind: .binary, objective: sign * values[$0])
        }
        model.addConstraint(name: "obj", items.indices.map { (items[$0], weights[$0]) }, .lessOrEqual(60))
        model.addConstraint(name: "at most: four", items.map { ($0, 1) }, .lessOrEqual(4))
        let spare = model.addVariable(name: "spare capacity", lowerBound: 0, upperBound: 15)
        model.addConstraint(name: "spare", items.indices.map { (items[$0], weights[$0]) } + [(spare, 1)], .equal(60))
        return model
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mip-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Solves `path` with glpsol and returns the objective value it prints.
    static func glpsolObjective(_ path: String, format: ExportFormat) throws -> Double {
        let output = path + ".solution"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
        process.arguments = [format == .freeMPS ? "--freemps" : "--lp", path, "-o", output]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        // "Objective:  obj = 287.5 (MAXimum)"
        let report = try String(contentsOfFile: output, encoding: .utf8)
        let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        let value = try #require(line.split(separator: "=").last?.split(separator: " ").first)
        return try #require(Double(value))
    }

    @Test(arguments: [ExportFormat.freeMPS, .cplexLP], [Direction.maximize, .minimize])
    func glpsolReadsBackTheSameOptimum(format: ExportFormat, direction: Direction) throws {
        let model = Self.awkwardModel(direction)
        let optimum = try #require(try Solver.solve(model).objective)
        #expect(abs(optimum) == 287.5)

        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model").path
        try Solver.write(model, format: format, to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["model"])

        // Free MPS has no objective sense: a maximisation is written negated.
        let negated = format == .freeMPS && direction == .maximize
        #expect(try Self.glpsolObjective(path, format: format) == (negated ? -optimum : optimum))

        let text = try String(contentsOfFile: path, encoding: .utf8)
        for name in ["item_0", "item_0_2", "_3rd", "end_", "_mile", "x6", "at_most__four", "obj_2", "constant"] {
            #expect(text.contains(name), "\(name) in \(format)")
        }
    }

    @Test func overwritesAnExistingFileWhole() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.lp").path
        try "stale".write(toFile: path, atomically: false, encoding: .utf8)
        try Solver.write(TestModels.knapsack(), format: .cplexLP, to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["model.lp"])
        #expect(try Self.glpsolObjective(path, format: .cplexLP) == 280)
    }

    @Test func unwritableDirectoryThrowsAndLeavesNothing() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("missing/model.mps").path
        #expect {
            try Solver.write(TestModels.knapsack(), format: .freeMPS, to: path)
        } throws: { error in
            guard case MIPError.io(let failedPath, let message) = error else { return false }
            return failedPath == path && !message.isEmpty
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// GLPK's writers lose or reject problems without rows or columns; the
    /// rewritten model keeps their optimum.
    @Test(arguments: [ExportFormat.freeMPS, .cplexLP])
    func modelsWithoutRowsOrColumnsRoundTrip(format: ExportFormat) throws {
        var noColumns = Model(name: "")
        noColumns.objectiveConstant = 3
        var noRows = Model(name: "bounds only")
        noRows.direction = .maximize
        noRows.addVariable(name: "x", kind: .integer, upperBound: 4, objective: 2)
        noRows.addVariable(name: "unused", upperBound: 1)

        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (model, optimum) in [(noColumns, 3.0), (noRows, 8.0)] {
            let path = directory.appendingPathComponent(UUID().uuidString).path
            try Solver.write(model, format: format, to: path)
            let negated = format == .freeMPS && model.direction == .maximize
            #expect(try Self.glpsolObjective(path, format: format) == (negated ? -optimum : optimum))
        }
    }

    @Test func namesAreSanitisedTruncatedAndUnique() {
        #expect(ExportNames.sanitized("shift A/B", fallback: "x1") == "shift_A_B")
        #expect(ExportNames.sanitized("", fallback: "x1") == "x1")
        #expect(ExportNames.sanitized("1st", fallback: "x1") == "_1st")
        #expect(ExportNames.sanitized("Free", fallback: "x1") == "Free_")
        #expect(ExportNames.sanitized("tab\there", fallback: "x1") == "tab_here")
        #expect(ExportNames.sanitized(String(repeating: "é", count: 400), fallback: "x1").count == 240)

        var model = Model(name: "n")
        model.addVariable(name: "a")
        model.addVariable(name: "a")
        model.addVariable(name: "a_2")
        model.addConstraint(name: "obj", [], .lessOrEqual(0))
        model.addConstraint(name: "R0000000", [], .lessOrEqual(0))
        let names = ExportNames(model)
        #expect(names.columns == ["a", "a_2", "a_2_2"])
        #expect(names.rows == ["obj_2", "R0000000_2"])
        #expect(names.columns.allSatisfy { $0.utf8.count <= 255 })
    }
}
