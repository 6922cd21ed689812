import ArgumentParser
import CTGCore
import CTGOutput
import CTGSolver
import CTGValidation
import Foundation

extension CTGPlanner {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the HTML report (and optionally the CSV) of an existing schedule.",
            discussion: """
                The schedule is validated against the instance first: an invalid schedule is
                refused with its violations (exit code 1). The page is self-contained (no
                network), prints on A4 landscape, and is in French unless --lang en.

                Example: ctg-planner report instances/ctg-2022-2023.yaml schedule.json -o plan.html --csv plan.csv
                """)

        @Argument(help: "The instance file (YAML or JSON).")
        var instance: String

        @Argument(help: "The schedule file (schedule.json).")
        var schedule: String

        @Option(name: .shortAndLong, help: "The HTML page to write (default report.html).")
        var output: String = "report.html"

        @Option(name: .long, help: "Also write one row per meeting for spreadsheets (UTF-8 with BOM, ';' separator).")
        var csv: String?

        @OptionGroup var language: LanguageOption

        func run() throws {
            let texts = language.texts
            let expanded = try InstanceFile.load(instance)
            var paths = OutputPaths()
            paths.inputs = OutputPaths.inputs(instance: instance, expanded.instance) + [.init("SCHEDULE", schedule)]
            paths.files = [.init("-o", output)] + (csv.map { [.init("--csv", $0)] } ?? [])
            try paths.check(texts)
            let lock = OutputLock.forReading(schedule: schedule, texts: texts)
            let loaded = try ScheduleReader.load(path: schedule)
            lock?.release()
            let judged = try Replanner.instance(expanded.instance, asEditedBy: loaded) ?? expanded
            let report = ScheduleValidator.validate(loaded, against: judged, replan: nil)
            guard report.isValid else {
                Console.error(report.invalidLines(texts: texts))
                throw ExitCode(1)
            }
            let files = OutputFiles.reports(
                loaded, summary: nil, instance: judged, texts: texts, report: output, csv: csv)
            try OutputTransaction(files: files).commit(texts)
            Console.out(files.map { texts(.wrote, $0.path) })
        }
    }
}
