/// How much work expanding one calendar may take, so that a rule listing
/// every second of every day is refused quickly instead of eating memory
/// and time, or being cut short without a word.
///
/// The unit is the candidate: one wall time that a period of an RRULE holds
/// after its BYxxx parts and BYSETPOS (whether it then falls before DTSTART,
/// before the window, on an EXDATE or in it), a period that holds none, the
/// DTSTART, or one RDATE. A candidate costs a few hundred nanoseconds and no
/// memory; `FREQ=DAILY` with every hour, minute and two seconds a minute is
/// 2,880 candidates a day, about a million a year.
public struct ExpansionLimits: Sendable, Hashable {
    /// Candidates one VEVENT may use.
    public var candidatesPerEvent: Int
    /// Candidates all the VEVENTs of one file may use together.
    public var candidatesPerCalendar: Int

    public init(candidatesPerEvent: Int, candidatesPerCalendar: Int) {
        self.candidatesPerEvent = candidatesPerEvent
        self.candidatesPerCalendar = candidatesPerCalendar
    }

    /// Four million an event (an every-30-seconds rule over three and a half
    /// years) and ten million a file: a few seconds at worst.
    public static let standard = ExpansionLimits(candidatesPerEvent: 4_000_000, candidatesPerCalendar: 10_000_000)
}

/// The candidates spent so far on a file and on its current component;
/// spending past a limit is an error at the component's line.
///
/// Without limits, the budget is the general expansion's
/// (``EventExpansion``), which stops quietly at
/// ``RecurrenceRule/maximumOccurrences`` a rule and
/// ``RecurrenceRule/maximumPeriods``, as it documents; with limits, nothing
/// is ever cut short: what would be is an error.
struct ExpansionBudget {
    let limits: ExpansionLimits?
    private var calendarSpent = 0
    private var componentSpent = 0
    private var component: (name: String, origin: ContentLineLocation?) = ("this calendar", nil)

    init(_ limits: ExpansionLimits?) {
        self.limits = limits
    }

    var cutsQuietly: Bool { limits == nil }

    /// Starts counting for another component (a VEVENT, a VTIMEZONE
    /// observance), named so in an error and reported at its line.
    mutating func begin(_ name: String, at origin: ContentLineLocation?) {
        component = (name, origin)
        componentSpent = 0
    }

    private static let advice =
        "list fewer BYSECOND, BYMINUTE or BYHOUR values, or write the busy time as longer events"

    mutating func spend(_ candidates: Int) throws(ICalendarError) {
        guard let limits else { return }
        componentSpent += candidates
        calendarSpent += candidates
        if componentSpent > limits.candidatesPerEvent {
            throw ICalendarError(
                at: component.origin,
                "\(component.name) gives too many occurrences to expand: more than \(limits.candidatesPerEvent) "
                    + "candidate times up to the end of the period asked for; \(Self.advice)")
        }
        if calendarSpent > limits.candidatesPerCalendar {
            throw ICalendarError(
                at: component.origin,
                "the recurrences of this file give more than \(limits.candidatesPerCalendar) candidate times up to "
                    + "the end of the period asked for, the last ones in \(component.name); \(Self.advice)")
        }
    }

    /// A rule walked ``RecurrenceRule/maximumPeriods`` periods without reaching the end.
    func ranOutOfPeriods() throws(ICalendarError) {
        guard limits != nil else { return }
        throw ICalendarError(
            at: component.origin,
            "\(component.name) repeats over more than \(RecurrenceRule.maximumPeriods) periods before the end of "
                + "the period asked for; start it later, or give it a larger INTERVAL")
    }
}
