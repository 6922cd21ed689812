/// Every sentence the tool writes, by key; the tables are in
/// `Strings+fr.swift` and `Strings+en.swift`.
public enum TextKey: String, Sendable, CaseIterable {
    case statusOptimal
    case statusFeasible
    case summaryHeader
    case summaryModel
    case summaryTerms
    case summaryNoPenalty
    case online
    case progressLine
    case progressSearch
    case progressStill
    case phaseLoading
    case phaseBuilding
    case phaseSolving
    case phaseSearching
    case phaseValidating
    case phaseWriting
    case modelSize
    case wrote
    case infeasible
    case timeLimitNoSolution
    case termOptionalAbsent
    case termPartnerPreference
    case termMeetingPreference
    case termSpacingDeviation
    case termMoved
    case termRoomChanged
    case checkHeader
    case checkHorizon
    case checkConstrained
    case checkConstrainedLine
    case checkOK
    case validOK
    case validBad
    case validObjective
    case exported
    case weekday0
    case shortWeekday0
    case weekday1
    case shortWeekday1
    case weekday2
    case shortWeekday2
    case weekday3
    case shortWeekday3
    case weekday4
    case shortWeekday4
    case weekday5
    case shortWeekday5
    case weekday6
    case shortWeekday6
    case month0
    case month1
    case month2
    case month3
    case month4
    case month5
    case month6
    case month7
    case month8
    case month9
    case month10
    case month11
    // MARK: Explanations (issue Explain)
    case explainHeader
    // MARK: Reports and CSV (issue See the plan)
    case reportTitle
    // MARK: Re-planning (issue Re-plan)
    case replanHeader
    case replanMoved
    case replanRoomChanged
    case replanCancelled
    case replanAdded
    case replanNone
    case replanFrozenInvalid
    case replanNotify
    case replanEdits
    case replanCounts
    case yes
    case no
    // MARK: Calendars
    case icsPhase
    case icsKind
    case icsSession
    case icsRequired
    case icsOptional
    case icsPlace
    case icsOnline
    case icsOnlineNoLink
    case icsReminder
    case icsCancelled
    case icsCalendarName
    case icsPartnerFeed
    case kindCommittee
    case kindWorkingGroup
    case kindWorkshop
    case kindSeminar
    case kindOther

    static let weekdays: [TextKey] = [.weekday0, .weekday1, .weekday2, .weekday3, .weekday4, .weekday5, .weekday6]
    static let shortWeekdays: [TextKey] = [
        .shortWeekday0, .shortWeekday1, .shortWeekday2, .shortWeekday3, .shortWeekday4, .shortWeekday5, .shortWeekday6,
    ]
    static let months: [TextKey] = [
        .month0, .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11,
    ]
}
