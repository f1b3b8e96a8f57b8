import ThinkingTraps
// TEMPORARY until the detector branch lands its own list.
extension CatastrophizingDetector {
    static let crossExaminationQuestions = ["What evidence supports this thought?", "What evidence contradicts it?", "What would I tell a friend who thought this?", "What is the most likely outcome?"]
}
