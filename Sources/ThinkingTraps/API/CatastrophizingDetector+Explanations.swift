/// Text for `steady explain` and for findings: what each kind means, what it looks like, and
/// the questions that examine a catastrophizing thought.
extension CatastrophizingDetector {
    /// Questions for an `evidence:` section, from the cognitive-behavioural practice of
    /// examining a worst-case thought instead of arguing with it.
    public static let crossExaminationQuestions: [String] = [
        "What evidence supports this thought?",
        "What evidence contradicts it?",
        "Has this happened before, and what actually happened then?",
        "What is the most likely outcome?",
        "If the worst did happen, how would I cope, and who would help?",
        "What would I tell a friend who had this thought?",
        "Am I confusing a feeling with a fact?",
        "Will this matter in a week, a month, a year?",
    ]

    /// One line that says what the kind is.
    public static func summary(of kind: ClaimKind) -> String {
        switch kind {
        case .fortuneTelling:
            "Fortune-telling: the worst outcome is predicted as if it were certain."
        case .magnification:
            "Magnification: something is called unbearable, ruined or a disaster, bigger than it is."
        case .whatIfSpiral:
            "What-if spiral: a chain of \"what if …\" about a bad outcome, asked and left unanswered."
        }
    }

    /// A few sentences that show the kind, written for the explanation (not taken from any
    /// dataset).
    public static func examples(of kind: ClaimKind) -> [String] {
        switch kind {
        case .fortuneTelling:
            ["He's going to leave me.", "I'll end up alone.", "She's definitely going to break up with me tonight."]
        case .magnification:
            ["It's ruined.", "I can't survive this.", "This is a disaster.", "Everything is falling apart."]
        case .whatIfSpiral:
            ["What if she never comes back?", "What if he's already with someone else?", "What if they're mad at me?"]
        }
    }
}
