import CTGCore

/// What a quick check proved: meetings that cannot all be placed, and the
/// reason in numbers, for the sentence that opens the explanation.
/// Meeting indices are the problem's until `renumbered` maps them to the space's.
struct QuickFinding: Equatable, Sendable {
    enum Reason: Equatable, Sendable {
        /// Not one candidate slot (or no room) is left for the meeting.
        case noCandidate(meeting: Int)
        /// Orders, gaps and phase orders among the meetings leave one of them no date.
        case chain
        /// The partner must attend `count` meetings, all between two dates
        /// (once orders are applied), and has fewer free slots there than they need.
        case partnerOverload(partner: Int, span: DateSpan, needed: Int, available: Int)
        /// Same, counted against the partner's `max_per_day` and `max_per_week`.
        case partnerLimit(partner: Int, count: Int, span: DateSpan, allowed: Int)
        /// `count` meetings can only use `rooms`, all between two dates, and
        /// need more room-slots than those rooms have free there.
        case roomShortage(rooms: [Int], count: Int, span: DateSpan, needed: Int, available: Int)
    }

    package let reason: Reason
    /// Every meeting the proof uses; on their own they still cannot all be placed.
    package let meetings: [Int]

    func renumbered(_ map: (Int) -> Int) -> QuickFinding {
        var reason = reason
        if case .noCandidate(let meeting) = reason { reason = .noCandidate(meeting: map(meeting)) }
        return QuickFinding(reason: reason, meetings: meetings.map(map))
    }
}
