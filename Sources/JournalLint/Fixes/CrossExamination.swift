import ThinkingTraps

/// The questions a finding and the `--fix` scaffold offer. The first three are the heart of the
/// practice (what supports it, what contradicts it, what is most likely); all of them are in
/// `steady explain unsupported-catastrophizing`. Shown on every finding, so kept short.
public enum CrossExamination {
    public static let coreQuestions = Array(CatastrophizingDetector.crossExaminationQuestions.prefix(4))

    /// The help line under a finding.
    static let help = "Cross-examine it: " + coreQuestions.joined(separator: " ") + " (more: steady explain unsupported-catastrophizing)"

    /// Said once after a text report that has worst-case thoughts in it (not under each one).
    static let invitation = "For the worst-case thoughts above, when you are ready, you might ask: " + coreQuestions.joined(separator: " ")
        + " (all the questions: steady explain unsupported-catastrophizing)"

    /// The comment line of the scaffold.
    static let scaffoldComment = "<!-- cross-examine the thought: " + coreQuestions.joined(separator: " ") + " -->"
}
