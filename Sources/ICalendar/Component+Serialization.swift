extension Component {
    /// The component as iCalendar text: CRLF line ends, every line folded to
    /// 75 octets, sub-components after the properties, in the order they are
    /// stored. The output depends on nothing but the tree.
    public func serialized() -> String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        let name = ContentLine.sanitizedName(self.name)
        text += "BEGIN:\(name)\r\n"
        for property in properties {
            text += Folding.fold(ContentLine.format(property))
            text += "\r\n"
        }
        for component in components {
            component.write(to: &text)
        }
        text += "END:\(name)\r\n"
    }
}
