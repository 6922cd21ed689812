import MIP
import Testing

/// Input GLPK would abort on is rejected before any GLPK call.
@Suite("Validation")
struct ValidationTests {
    struct BadModel: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let complaint: String
        let model: Model
    }

    static func model(_ build: (inout Model, Variable, Variable) -> Void) -> Model {
        var model = Model(name: "bad")
        let x = model.addVariable(name: "x", kind: .integer, upperBound: 10, objective: 1)
        let y = model.addVariable(name: "y", objective: 1)
        build(&model, x, y)
        return model
    }

    static let badModels: [BadModel] = [
        BadModel(
            testDescription: "NaN coefficient", complaint: "coefficient nan",
            model: model { m, x, y in m.addConstraint(name: "row", [(x, .nan), (y, 1)], .lessOrEqual(1)) }),
        BadModel(
            testDescription: "infinite coefficient", complaint: "coefficient inf",
            model: model { m, x, _ in m.addConstraint(name: "row", [(x, .infinity)], .lessOrEqual(1)) }),
        BadModel(
            testDescription: "lower above upper", complaint: "lower bound 5.0 above upper bound 4.0",
            model: model { m, _, _ in m.addVariable(name: "z", lowerBound: 5, upperBound: 4) }),
        BadModel(
            testDescription: "NaN bound", complaint: "bound nan",
            model: model { m, _, _ in m.addVariable(name: "z", upperBound: .nan) }),
        BadModel(
            testDescription: "infinite bound", complaint: "leave a side open with nil",
            model: model { m, _, _ in m.addVariable(name: "z", lowerBound: -.infinity) }),
        BadModel(
            testDescription: "fractional bound on an integer", complaint: "fractional bound 2.5",
            model: model { m, _, _ in m.addVariable(name: "z", kind: .integer, upperBound: 2.5) }),
        BadModel(
            testDescription: "NaN objective", complaint: "objective coefficient nan",
            model: model { m, x, _ in m.setObjective(x, .nan) }),
        BadModel(
            testDescription: "infinite objective constant", complaint: "objective constant",
            model: model { m, _, _ in m.objectiveConstant = .infinity }),
        BadModel(
            testDescription: "infinite right-hand side", complaint: "one-sided bound",
            model: model { m, x, _ in m.addConstraint(name: "row", [(x, 1)], .lessOrEqual(.infinity)) }),
        BadModel(
            testDescription: "empty range", complaint: "lower above upper",
            model: model { m, x, _ in m.addConstraint(name: "row", [(x, 1)], .range(3, 2)) }),
    ]

    @Test(arguments: badModels)
    func invalidModelIsRejected(bad: BadModel) throws {
        #expect {
            try bad.model.validate()
        } throws: { error in
            guard case MIPError.invalidModel(let message) = error else { return false }
            return message.contains(bad.complaint)
        }
        for format in [ExportFormat.freeMPS, .cplexLP] {
            #expect(throws: MIPError.self) {
                try Solver.write(bad.model, format: format, to: "/nonexistent/never-written")
            }
        }
        #expect(throws: MIPError.self) { try Solver.solve(bad.model) }
    }

    static let badOptions: [(label: String, change: @Sendable (inout SolveOptions) -> Void)] = [
        ("zero time limit", { $0.timeLimit = 0 }),
        ("NaN time limit", { $0.timeLimit = .nan }),
        ("negative gap", { $0.relativeGap = -0.1 }),
        ("infinite gap", { $0.relativeGap = .infinity }),
        ("negative proximity limit", { $0.proximityTimeLimit = -1 }),
        ("NaN progress interval", { $0.progressInterval = .nan }),
        ("negative progress interval", { $0.progressInterval = -1 }),
        ("long starting solution", { $0.startingSolution = Array(repeating: 0, count: 8) }),
        ("empty starting solution", { $0.startingSolution = [] }),
        ("infinite starting value", { $0.startingSolution = [.infinity, 0, 0, 0, 0, 0, 0] }),
    ]

    @Test(arguments: badOptions)
    func invalidOptionIsRejected(bad: (label: String, change: @Sendable (inout SolveOptions) -> Void)) {
        var options = SolveOptions()
        bad.change(&options)
        #expect {
            try Solver.solve(TestModels.knapsack(), options: options)
        } throws: { error in
            guard case MIPError.invalidOption = error else { return false }
            return true
        }
    }

    @Test func hugeTimeLimitMeansNoLimit() throws {
        var options = SolveOptions()
        options.timeLimit = 1e12
        #expect(try Solver.solve(TestModels.knapsack(), options: options).objective == 280)
    }

    @Test func errorsDescribeThemselves() {
        #expect("\(MIPError.invalidModel("x"))" == "invalid model: x")
        #expect(
            "\(MIPError.glpk(code: 5, function: "glp_intopt"))" == "glp_intopt failed with GLP_EFAIL (solver failure)")
        #expect("\(MIPError.glpk(code: 99, function: "glp_intopt"))" == "glp_intopt failed with return code 99")
        #expect("\(MIPError.io(path: "/p", message: "m"))" == "cannot write /p: m")
    }
}
