extension YAMLValue {
    /// The text as written, once checked to be an instant with its UTC offset:
    /// the schedule keeps the offset the solver wrote.
    func instant() -> String? {
        guard let text = scalarText, ISO8601Instant.parse(text) != nil else {
            expected("an instant like 2022-06-21T09:30:00+02:00")
            return nil
        }
        return text
    }
}
