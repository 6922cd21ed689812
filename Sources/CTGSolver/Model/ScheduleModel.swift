package import MIP

/// The MIP of an expanded instance and the map from its columns back to
/// meetings, starts and rooms.
///
/// Columns: `y[m,c]` = 1 when meeting m starts at its candidate c; `x[m,c,r]`
/// = 1 when it also uses room r there, only where the candidate offers two
/// rooms or more (with one room, y says it all). Auxiliary continuous columns
/// carry the clash-driven absences, spacing deviations and phase boundaries.
package struct ScheduleModel: Sendable {
    package var model: Model
    /// `start[m][c]`: the y column of candidate c of meeting m.
    package internal(set) var start: [[Variable]]
    /// `room[m][c][i]`: the x column of room `candidates[c].rooms[i]`; empty when the candidate has ≤ 1 room.
    package internal(set) var room: [[[Variable]]]
    /// Per objective term, the columns and coefficients that make it up, so a
    /// solution's objective can be broken down for the report.
    package internal(set) var termColumns: [ObjectiveTerm: [(Variable, Double)]] = [:]
}

/// The soft terms of the format's objective.
package enum ObjectiveTerm: String, CaseIterable, Sendable {
    case optionalAbsent = "optional_absent"
    case partnerPreference = "partner_preference"
    case meetingPreference = "meeting_preference"
    case spacingDeviation = "spacing_deviation"
    case moved
    case roomChanged = "room_changed"
}

/// Sizes of a built model, for `--verbose`, reports and benchmarks.
public struct ModelSize: Sendable, CustomStringConvertible {
    public var columns: Int
    package var binaries: Int
    public var rows: Int
    public var nonzeros: Int
    public var description: String { "\(rows) rows, \(columns) columns (\(binaries) binary), \(nonzeros) non-zeros" }
}

extension ScheduleModel {
    package var size: ModelSize {
        ModelSize(
            columns: model.variableCount, binaries: model.variables.filter { $0.kind == .binary }.count,
            rows: model.constraintCount, nonzeros: model.nonzeroCount)
    }
}
