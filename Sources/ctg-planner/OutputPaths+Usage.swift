import ArgumentParser
import CTGCore
import CTGOutput
import Foundation

extension OutputPaths {
    /// The instance file and the busy calendars it names (relative to its folder, as the loader reads them).
    static func inputs(instance path: String, _ instance: Instance) -> [Entry] {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let busy = instance.partners.compactMap { partner in
            partner.busy.map { busy in
                Entry("busy (\(partner.id))", busy.hasPrefix("/") ? busy : base.appendingPathComponent(busy).path)
            }
        }
        return [Entry("INSTANCE", path)] + busy
    }

    /// `check`, with a refusal told in the user's language (exit code 2).
    func check(_ texts: Texts) throws {
        do {
            try check()
        } catch {
            Console.error(error.message(texts))
            throw ExitCode(2)
        }
    }

    /// `checkWritten`, with a refusal told in the user's language (exit code 2).
    func checkWritten(_ paths: [String], texts: Texts) throws {
        do {
            try checkWritten(paths)
        } catch {
            Console.error(error.message(texts))
            throw ExitCode(2)
        }
    }
}

extension OutputTransaction {
    /// `commit`, with a failure told in the user's language (exit code 4).
    func commit(_ texts: Texts) throws {
        do {
            try commit()
        } catch {
            Console.error(texts(.cannotWrite, error.path, error.reason))
            throw ExitCode(4)
        }
    }
}

extension OutputLock {
    /// Takes the lock of the schedule's folder, saying on standard error when another run holds it.
    static func take(schedule: String, texts: Texts) throws -> OutputLock {
        do {
            return try OutputLock(schedulePath: schedule, waiting: waitingMessage(texts))
        } catch {
            Console.error(texts(.cannotWrite, error.path, error.reason))
            throw ExitCode(4)
        }
    }
}

extension OutputLock {
    /// The lock of a schedule's folder for a command that only reads it: it
    /// waits for a run writing there and finishes one that was killed midway,
    /// so the schedule read matches the calendars beside it. Nil where the
    /// folder cannot hold the lock file (read-only): the schedule is then read as it is.
    static func forReading(schedule: String, texts: Texts) -> OutputLock? {
        try? OutputLock(schedulePath: schedule, waiting: waitingMessage(texts))
    }

    /// Says on standard error that another run holds the folder, naming its pid when known.
    private static func waitingMessage(_ texts: Texts) -> (Int32?) -> Void {
        { holder in Console.error(holder.map { texts(.waitingForRun, $0) } ?? texts(.waitingForUnknownRun)) }
    }
}
