extension Meeting {
    /// The meeting with every requirement of its own that the refiner may
    /// relax taken away: any date of the horizon, the calendar's days and
    /// its own, every slot, no avoided period, no pin, no required partner
    /// (so no availability), any room. What is left (horizon, closures,
    /// duration, room availability) no coordinator's edit of this meeting
    /// changes.
    package func loosened(horizon: DateSpan, days: Set<Weekday>, slots: Set<Int>, rooms: [Int]) -> Meeting {
        Meeting(
            index: index, id: id, title: title, specIndex: specIndex, session: session, sessionCount: sessionCount,
            kind: kind,
            phase: phase, duration: duration, required: [], optional: [], participants: participants, online: online,
            eligibleRooms: online ? [] : rooms, allowedDays: days.union(allowedDays), allowedSlots: slots,
            window: horizon,
            avoid: [], fixed: nil, prefer: nil, purpose: purpose, url: url, location: location, path: path)
    }

    /// The meeting as one of a relaxed problem's meetings: renumbered, with
    /// the candidates left by the requirements in force. Optional attendees
    /// and preferences go, since a feasibility probe has no objective.
    package func restricted(index: Int, eligibleRooms: [Int], candidates: [Candidate]) -> Meeting {
        Meeting(
            index: index, id: id, title: title, specIndex: specIndex, session: session, sessionCount: sessionCount,
            kind: kind,
            phase: phase, duration: duration, required: required, optional: [], participants: participants,
            online: online,
            eligibleRooms: eligibleRooms, allowedDays: allowedDays, allowedSlots: allowedSlots, window: window,
            avoid: avoid,
            fixed: fixed, prefer: nil, purpose: purpose, url: url, location: location, path: path,
            candidates: candidates)
    }
}
