import Foundation

/// The readers' doors for the coverage-guided fuzzers of the nested `Fuzz/`
/// package, which, being another package, sees only `public` symbols; the
/// readers themselves stay `package`.
///
/// Each function reads untrusted bytes as the command line would. An input
/// error is the expected answer to garbage and gives `false`; any other
/// error traps, because the contract is that bad input is reported (exit 2),
/// never an internal error. The fuzzer then stops only on a trap, a
/// sanitizer report, a hang or runaway memory. Nothing here touches a file.
public enum FuzzEntry {
    /// An instance file, read and checked, then expanded when it loads.
    /// Busy calendars are left out: they name files to read.
    public static func instance(_ data: Data) -> Bool {
        guard data.count <= InputLimits.fileBytes, let text = String(data: data, encoding: .utf8) else { return false }
        return accepts {
            _ = try ExpandedInstance(InstanceLoader.parse(text, file: "fuzz.yaml"))
        }
    }

    /// A `schedule.json` as `replan` and `validate` read it.
    public static func schedule(_ data: Data) -> Bool {
        guard let text = String(data: data, encoding: .utf8) else { return false }
        return accepts {
            _ = try ScheduleReader.parse(text, file: "fuzz.json")
        }
    }

    private static func accepts(_ read: () throws -> Void) -> Bool {
        do {
            try read()
            return true
        } catch is InputError {
            return false
        } catch {
            fatalError("not an input error: \(error)")
        }
    }
}
