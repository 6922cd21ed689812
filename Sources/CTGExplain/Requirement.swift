/// One thing a coordinator can change, the unit in which the conflict
/// refiner counts. Relaxing a requirement removes exactly the hard
/// constraints it stands for, and nothing else, so that "this set cannot
/// hold together" and "drop any one of them and it can" mean what a
/// coordinator would do with the file.
///
/// Indices refer to `ConflictSpace`: meetings after series expansion,
/// partners, phases, `relations`, `phaseOrders` and `distinctSiteSeries`.
enum Requirement: Hashable, Sendable {
    /// The meeting's own `window` (or its session override); relaxed, the
    /// meeting may take any date of the horizon and of its phase's window.
    case meetingWindow(meeting: Int)
    /// The meeting's own `days`; relaxed, the calendar's working days are allowed too.
    case meetingDays(meeting: Int)
    /// The meeting's own `slots`; relaxed, every slot of the day.
    case meetingSlots(meeting: Int)
    /// The meeting's `avoid` periods.
    case avoidedPeriods(meeting: Int)
    /// A phase's window, for every meeting of the phase.
    case phaseWindow(phase: Int)
    /// A required partner's unavailability, for one meeting only: relaxed,
    /// the meeting may sit where the partner is unavailable, but the partner
    /// still cannot attend two meetings at once.
    case partnerAvailability(partner: Int, meeting: Int)
    case partnerDayLimit(partner: Int)
    case partnerWeekLimit(partner: Int)
    /// The lower bound of an `after` relation or of a series' spacing.
    /// Relaxed, an `after` disappears; consecutive sessions keep their order.
    case minimumGap(relation: Int)
    /// The `max_days` of an `after` relation or of a series' spacing.
    case maximumGap(relation: Int)
    case phaseOrder(order: Int)
    case distinctSites(series: Int)
    /// A `fixed` date, slot and room.
    case pin(meeting: Int)
    /// Capacity, `needs`, `rooms` and `sites`; relaxed, any room will do.
    case roomNeed(meeting: Int)

    /// How unwilling a coordinator is to change this, lowest first. The
    /// refiner tries to drop the most willing requirements first, so pins
    /// and phase orders stay in the search longest, and repairs are listed
    /// in this order.
    var reluctance: Int {
        switch self {
        case .meetingDays, .meetingSlots: 0
        case .meetingWindow, .avoidedPeriods: 1
        case .minimumGap, .maximumGap, .distinctSites: 2
        case .roomNeed: 3
        case .partnerAvailability: 4
        case .partnerDayLimit, .partnerWeekLimit: 5
        case .phaseWindow: 6
        case .phaseOrder: 7
        case .pin: 8
        }
    }

    /// The meeting this requirement is attached to, when it concerns one meeting alone.
    package var meeting: Int? {
        switch self {
        case .meetingWindow(let m), .meetingDays(let m), .meetingSlots(let m), .avoidedPeriods(let m), .pin(let m),
            .roomNeed(let m), .partnerAvailability(_, let m):
            m
        default: nil
        }
    }
}
