import ThinkingTraps
// TEMPORARY until the detector branch lands its own versions.
extension CatastrophizingDetector {
    public static let crossExaminationQuestions = ["What evidence supports this thought?", "What evidence contradicts it?", "What would I tell a friend who thought this?", "What is the most likely outcome?"]
    public static func summary(of kind: ClaimKind) -> String { kind.rawValue }
    public static func examples(of kind: ClaimKind) -> [String] { [] }
}
