import CTGCore
import CTGValidation

extension ValidationReport {
    /// A refused schedule reads the same under `validate`, `report` and the
    /// solver's own check: a headline (by default the problem count), then
    /// every problem indented, the objective mismatch last.
    func invalidLines(texts: Texts, headline: String? = nil) -> [String] {
        [headline ?? texts(.validBad, violations.count + (objectiveMatches ? 0 : 1))]
            + violations.map { "  \($0)" }
            + (objectiveMatches ? [] : ["  " + texts(.validObjective, reportedObjective, objective)])
    }
}
