/// The names a file defines and the names it uses, gathered while reading and
/// checked once the whole file is read: a meeting may name a room that is
/// defined further down, and a group may list a group defined after it.
final class CrossReferences {
    package enum Kind: String {
        case slot, period, partner, group, room, phase, meeting
        /// Room features and sites are defined by the rooms that have them, any number of times.
        case feature, site
    }

    struct Definition {
        package var name: String
        package var kind: Kind
        var mention: Mention
    }

    /// A name used where a definition of one of `kinds` is expected.
    struct Use {
        package var name: String
        package var kinds: [Kind]
        var mention: Mention
    }

    /// `from` must come after `to`, or (for groups) `from` lists `to`: the
    /// edges of the graphs whose cycles are input errors.
    package struct Edge {
        package var from: String
        package var to: String
        var mention: Mention
    }

    private(set) var definitions: [Definition] = []
    private(set) var uses: [Use] = []
    /// A group lists a member.
    var groupMembers: [Edge] = []
    /// A phase names another in its `after`.
    package var phaseOrder: [Edge] = []
    /// A meeting (its id as written, a series for all its sessions) names a meeting in its `after`.
    var meetingOrder: [Edge] = []
    /// A meeting belongs to a phase.
    var phaseMembers: [Edge] = []

    func define(_ name: String, _ kind: Kind, at mention: Mention) {
        definitions.append(Definition(name: name, kind: kind, mention: mention))
    }

    package func use(_ name: String, as kinds: [Kind], at mention: Mention) {
        uses.append(Use(name: name, kinds: kinds, mention: mention))
    }
}
