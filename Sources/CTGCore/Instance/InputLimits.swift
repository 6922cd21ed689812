/// Bounds on sizes and numbers in an instance file.
///
/// A value past one of these is a typo or a hostile file, never a real plan:
/// rejecting it with a message while reading keeps the expansion and the MIP
/// model from trying to allocate a model the size of the number written.
package enum InputLimits {
    /// A real instance is well under a megabyte; the bound keeps the YAML tree small.
    static let fileBytes = 16 << 20
    /// Values read from the document, counted after alias expansion: a few
    /// anchors can stand for billions of values ("billion laughs").
    package static let values = 1_000_000
    /// Three years.
    static let horizonDays = 1096
    package static let sessions = 100
    package static let duration = 24
    package static let slotsPerDay = 24
    /// Room capacity and expected participants.
    static let headcount = 100_000
    package static let weight = 1_000_000
    /// `min_days`, `max_days`, `target_days`, `gap_days`: ten years.
    package static let dayCount = 3660
    /// Meetings after series expansion.
    package static let meetings = 5000
    /// Partners, rooms and groups, each.
    static let entities = 5000
    /// `max_per_week`, `max_per_day`.
    static let perPartnerCount = 1000
    /// Four weeks.
    package static let reminderMinutes = 40_320
    static let identifierLength = 200
    /// Merge keys (`<<: *defaults`) within merged mappings; each level is a
    /// nested call, so the bound also keeps a long chain from exhausting the stack.
    static let mergeDepth = 16
    /// Distinct unknown names for which a "did you mean" is searched; past it
    /// a file full of unknown names would cost names × candidates distances.
    static let suggestions = 500
}
