import Foundation

/// Reading an instance file the way every command does: load and check the
/// YAML, read the partners' busy calendars, expand the calendar. Every input
/// problem surfaces as one `InputError`.
public enum InstanceFile {
    public static func load(_ path: String) throws -> ExpandedInstance {
        let instance = try InstanceLoader.load(path: path)
        let busy = try BusyCalendars.resolve(instance)
        return try ExpandedInstance(instance, busy: busy)
    }
}
