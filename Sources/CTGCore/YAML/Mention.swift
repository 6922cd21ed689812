/// Where a name or value stands: its position and its field path, the two
/// halves of a diagnostic.
struct Mention: Hashable {
    package var location: SourceLocation
    package var path: String
}
