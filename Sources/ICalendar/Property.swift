/// One content line: `NAME;PARAM=value,value:VALUE`.
///
/// `value` is the raw text after the colon, already escaped for its value
/// type: the generic layer cannot know whether a comma is a list separator or
/// text, so escaping belongs to whoever knows the type (see ``text(_:_:parameters:)``
/// and ``textValue``). Writing never lets a raw value break the line: control
/// characters are dropped on output.
public struct Property: Sendable {
    public typealias Parameter = (name: String, values: [String])

    public var name: String
    public var parameters: [Parameter]
    public var value: String
    /// Where the parser read it; not part of the property's value, so `==` ignores it.
    public var origin: ContentLineLocation?

    public init(name: String, parameters: [Parameter] = [], value: String, origin: ContentLineLocation? = nil) {
        self.name = name
        self.parameters = parameters
        self.value = value
        self.origin = origin
    }

    /// A property whose value is TEXT (RFC 5545 §3.3.11), escaped here.
    public static func text(_ name: String, _ text: String, parameters: [Parameter] = []) -> Property {
        Property(name: name, parameters: parameters, value: TextEscaping.escape(text))
    }

    /// The value read as TEXT, escapes undone.
    public var textValue: String { TextEscaping.unescape(value) }

    /// The first value of the named parameter; parameter names are case-insensitive.
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.values.first
    }
}

extension Property: Equatable {
    public static func == (lhs: Property, rhs: Property) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value && lhs.parameters.count == rhs.parameters.count
            && zip(lhs.parameters, rhs.parameters).allSatisfy { $0.name == $1.name && $0.values == $1.values }
    }
}
