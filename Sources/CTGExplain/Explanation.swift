import CTGCore

/// Why no schedule exists, in a coordinator's words: what `solve` and
/// `replan` print when GLPK proves infeasibility.
package enum Explanation {
    /// The caller has proven infeasibility; a refiner that cannot confirm it
    /// (time limit, or a re-plan's frozen meetings, which it treats as
    /// movable) says that it found no conflict rather than "nothing to explain".
    package static func lines(for instance: ExpandedInstance, texts: Texts) -> [String] {
        var options = ConflictExplainer.Options()
        options.language = texts.language
        do {
            let report = try ConflictExplainer.explain(instance, options: options)
            return report.status == .infeasible ? report.lines : [texts(.explainNoneFound)]
        } catch {
            return ["internal error while explaining: \(error)"]
        }
    }
}
