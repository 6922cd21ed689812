import ArgumentParser

/// `--sizes s,m,l`: one option value holding a list, as people type it.
struct CommaSeparated<Element: ExpressibleByArgument & CustomStringConvertible>: ExpressibleByArgument,
    CustomStringConvertible
{
    var elements: [Element]

    init(_ elements: [Element]) { self.elements = elements }

    init?(argument: String) {
        var elements: [Element] = []
        for part in argument.split(separator: ",") {
            guard let element = Element(argument: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            elements.append(element)
        }
        guard !elements.isEmpty else { return nil }
        self.elements = elements
    }

    var description: String { elements.map(\.description).joined(separator: ",") }
}
