extension MeetingSpec {
    /// The ids of the meetings this spec becomes: its own id, or `ID#1` … `ID#n`
    /// for a series of n sessions.
    package var sessionIDs: [String] {
        sessions < 2 ? [id] : (1...sessions).map { "\(id)#\($0)" }
    }
}
