extension SourceLocation {
    /// The 1-based line and column of the character at `offset` in `text`.
    ///
    /// The offset counts characters, not bytes: Yams turns libyaml's byte
    /// offset of a reader error into a character offset of the text it was given.
    init(file: String, character offset: Int, in text: String) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.init(file: file, line: line, column: column)
    }
}
