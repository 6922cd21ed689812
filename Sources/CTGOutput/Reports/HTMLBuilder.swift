/// Writes HTML through nested closures, so every element the report opens is
/// closed by construction and every piece of text or attribute value is
/// escaped on its way in: instance text (a partner named `<script>`) can only
/// ever reach the page as text.
///
/// The output is also well-formed XML (explicit end tags, `/>` on empty
/// elements, no named entities), which lets tests parse it strictly.
///
///     var html = HTMLBuilder()
///     html.element("p", ["class": "note"]) { $0.text("a < b") }
///     // <p class="note">a &lt; b</p>
struct HTMLBuilder {
    private(set) var output = ""

    /// Attributes in the order given; a nil value leaves the attribute out.
    typealias Attributes = KeyValuePairs<String, String?>

    package mutating func element(
        _ name: String, _ attributes: Attributes = [:], _ content: (inout HTMLBuilder) -> Void
    ) {
        open(name, attributes)
        content(&self)
        output += "</\(name)>"
        if HTMLBuilder.blocks.contains(name) { output += "\n" }
    }

    package mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// An element with no content: HTML's void elements and SVG shapes.
    package mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        output += "<\(name)\(HTMLBuilder.render(attributes))/>"
    }

    package mutating func text(_ text: String) {
        output += HTMLBuilder.escape(text)
    }

    /// Text the report itself wrote and that holds no instance data (the style sheet).
    mutating func trusted(_ markup: String) {
        output += markup
    }

    private mutating func open(_ name: String, _ attributes: Attributes) {
        output += "<\(name)\(HTMLBuilder.render(attributes))>"
    }

    private static func render(_ attributes: Attributes) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0))\"" } }.joined()
    }

    /// Escapes the five characters that matter in text and in quoted
    /// attribute values; the numeric form of `'` is valid in HTML and XML
    /// alike. Characters XML 1.0 forbids and HTML reports as errors (C0
    /// controls but tab and line breaks, DEL, C1 controls, noncharacters such
    /// as U+FFFE) become U+FFFD, so instance text (a YAML `"\0"` or
    /// `"\e"`) cannot make the page ill-formed.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            case let scalar where isForbidden(scalar): result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// Elements followed by a line break, so the file reads in a text editor too.
    private static let blocks: Set<String> = [
        "html", "head", "body", "header", "section", "nav", "footer", "article", "div", "table", "thead", "tbody", "tr",
        "ul", "ol", "li", "dl", "h1", "h2", "h3", "p", "svg", "g", "style", "title", "figure", "caption",
    ]
}
