import Foundation
internal import ICalendar

/// Partners' `busy:` calendars: every slot whose [start, end) overlaps a
/// busy event becomes unavailable. A zero-length event at t blocks the slot
/// with start ≤ t < end.
///
/// Events are expanded within the horizon under ``ExpansionLimits/standard``
/// and their busy spans marked on the grid as they come, so a calendar busy
/// all the time costs the grid's size in memory, never its occurrences'; a
/// calendar past the limits is an input error at its event's line.
package enum BusyCalendars {
    /// Grid times blocked per partner index. A file that cannot be read or
    /// parsed is an input error pointing at the partner's `busy:` field.
    package static func resolve(_ instance: Instance) throws -> [Int: Set<Int>] {
        let grid = TimeGrid(instance)
        let base = URL(fileURLWithPath: instance.sourcePath ?? ".").deletingLastPathComponent()
        let slots = SlotIntervals(grid)
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
                var times: Set<Int> = []
                try BusyTime.forEachSpan(in: components, from: from, to: to, floatingTimeZone: instance.timeZone) {
                    times.formUnion(slots.times(overlapping: $0, $1))
                }
                blocked[index] = times
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

    private struct BusyError: Error {
        package let message: String
        init(_ message: String) { self.message = message }
    }
}

/// The grid's slots as instants, by start, so that the slots a busy span
/// overlaps are found by binary search rather than by testing every slot.
private struct SlotIntervals {
    private var slots: [(start: Date, end: Date, time: Int)] = []
    private var longest: TimeInterval = 0

    init(_ grid: TimeGrid) {
        for t in 0..<grid.count {
            let (start, end) = grid.interval(start: t, duration: 1)
            slots.append((start, end, t))
            longest = max(longest, end.timeIntervalSince(start))
        }
        slots.sort { $0.start < $1.start }
    }

    /// The slots with start < `end` and `start` < their end.
    func times(overlapping start: Date, _ end: Date) -> [Int] {
        // No slot starting before `start − longest` can reach `start`.
        let earliest = start.addingTimeInterval(-longest)
        var low = 0
        var high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].start < earliest { low = middle + 1 } else { high = middle }
        }
        var times: [Int] = []
        for slot in slots[low...] {
            guard slot.start < end else { break }
            if start < slot.end { times.append(slot.time) }
        }
        return times
    }
}
