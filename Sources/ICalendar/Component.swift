/// A `BEGIN:NAME` … `END:NAME` block: VCALENDAR, VEVENT, VTIMEZONE, VALARM…
///
/// The tree keeps every property and sub-component in file order, including
/// the ones this module does not interpret, so a calendar can be read,
/// changed and written back without losing anything.
public struct Component: Sendable, Equatable {
    public var name: String
    public var properties: [Property]
    public var components: [Component]
    /// Where the parser read its `BEGIN` line; `==` ignores it.
    public var origin: ContentLineLocation?

    public init(
        name: String, properties: [Property] = [], components: [Component] = [], origin: ContentLineLocation? = nil
    ) {
        self.name = name
        self.properties = properties
        self.components = components
        self.origin = origin
    }

    /// The first property with this name (case-insensitive), as RFC 5545
    /// allows most properties once per component.
    public func property(_ name: String) -> Property? {
        properties.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Every property with this name (case-insensitive), in file order.
    public func properties(named name: String) -> [Property] {
        properties.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Every direct sub-component with this name (case-insensitive), in file order.
    public func components(named name: String) -> [Component] {
        components.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    public static func == (lhs: Component, rhs: Component) -> Bool {
        lhs.name == rhs.name && lhs.properties == rhs.properties && lhs.components == rhs.components
    }
}
