/// Counts of a binary classifier against labels, and the scores derived from them.
struct ConfusionCounts {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var trueNegatives = 0
    /// Rows whose label is ambiguous, not scored.
    var leftOut = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    mutating func record(predicted: Bool, label: LabelledThought.Label) {
        switch (label, predicted) {
        case (.ambiguous, _): leftOut += 1
        case (.positive, true): truePositives += 1
        case (.positive, false): falseNegatives += 1
        case (.negative, true): falsePositives += 1
        case (.negative, false): trueNegatives += 1
        }
    }
}
