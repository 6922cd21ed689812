/// Why no schedule exists, in a coordinator's words.
public enum Explanation {
    public static func lines(for instance: ExpandedInstance, texts: Texts) -> [String] {
        []
    }
}
