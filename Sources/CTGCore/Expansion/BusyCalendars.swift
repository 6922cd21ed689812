import Foundation
internal import ICalendar

/// Partners' `busy:` calendars: every slot whose [start, end) overlaps a
/// busy event becomes unavailable. A zero-length event at t blocks the slot
/// with start ≤ t < end.
package enum BusyCalendars {
    /// Grid times blocked per partner index. A file that cannot be read or
    /// parsed is an input error pointing at the partner's `busy:` field.
    package static func resolve(_ instance: Instance) throws -> [Int: Set<Int>] {
        let grid = TimeGrid(instance)
        let base = URL(fileURLWithPath: instance.sourcePath ?? ".").deletingLastPathComponent()
        var blocked: [Int: Set<Int>] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, partner) in instance.partners.enumerated() {
            guard let path = partner.busy else { continue }
            let location =
                partner.busyLocation ?? partner.location
                ?? SourceLocation(file: instance.sourcePath ?? "instance", line: 1, column: 1)
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            do {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw BusyError("cannot read busy calendar \(url.path)")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw BusyError("\(url.path) is not UTF-8 text")
                }
                let components = try ICalendarParser.parse(text, file: url.path)
                let from = grid.instant(instance.horizon.from, LocalTime(hour: 0, minute: 0)!)
                let to = grid.instant(instance.horizon.to.adding(days: 1), LocalTime(hour: 0, minute: 0)!)
                let intervals = try BusyTime.intervals(
                    in: components, from: from, to: to, floatingTimeZone: instance.timeZone)
                blocked[index] = times(overlapping: intervals, grid: grid)
            } catch let error as BusyError {
                diagnostics.append(
                    Diagnostic(location: location, path: "partners[\(index)].busy", message: error.message))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        location: location, path: "partners[\(index)].busy", message: "cannot use \(path): \(error)"))
            }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return blocked
    }

    private static func times(overlapping intervals: [BusyInterval], grid: TimeGrid) -> Set<Int> {
        var blocked: Set<Int> = []
        for t in 0..<grid.count {
            let slot = grid.interval(start: t, duration: 1)
            if intervals.contains(where: { overlaps($0, slot) }) { blocked.insert(t) }
        }
        return blocked
    }

    private static func overlaps(_ interval: BusyInterval, _ slot: (start: Date, end: Date)) -> Bool {
        if interval.start == interval.end { return slot.start <= interval.start && interval.start < slot.end }
        return interval.start < slot.end && slot.start < interval.end
    }

    private struct BusyError: Error {
        package let message: String
        init(_ message: String) { self.message = message }
    }
}
