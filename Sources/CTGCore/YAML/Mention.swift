/// Where a name or value stands: its position and its field path, the two
/// halves of a diagnostic.
package struct Mention: Hashable, Sendable {
    package var location: SourceLocation
    package var path: String

    package init(location: SourceLocation, path: String) {
        self.location = location
        self.path = path
    }
}
