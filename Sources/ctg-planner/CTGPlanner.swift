import ArgumentParser
import CTGCore
import Foundation

@main
struct CTGPlanner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctg-planner",
        abstract: "Plans the meetings of a Convention Territoriale Globale: dates, slots and rooms, as ICS calendars.",
        discussion: """
            Start with `ctg-planner check instances/ctg-2022-2023.yaml`, then
            `ctg-planner solve instances/ctg-2022-2023.yaml`, which writes
            schedule.json and calendar.ics in the current directory.

            Exit codes: 0 success, 1 no schedule exists / invalid schedule,
            2 invalid input or usage, 3 time limit without a schedule,
            4 internal or solver error.
            """,
        version: "1.0.0",
        subcommands: [
            Check.self, Solve.self, Replan.self, Validate.self, Explain.self, Report.self, ExportModel.self,
        ]
    )

    /// Runs the command, mapping every failure to the documented exit codes:
    /// usage errors exit 2 (argument-parser's default would be 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as InputError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Console.out(fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(
                code == .validationFailure || code.rawValue == 64 ? 2 : (code == .failure ? 4 : code.rawValue))
        }
    }
}
