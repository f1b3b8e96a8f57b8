import Foundation
@_spi(Training) import ThinkingTraps

/// Fits the tier 2 word model (`WorstCaseModel`) on labelled thoughts: each text is one example
/// (its sentences' words and word pairs, as the detector tokenises them), positive when
/// catastrophizing by the dataset's rule, negative when not; ambiguous rows are left out.
struct ModelTrainer {
    /// The regulariser of the mean log loss.
    var l2 = 0.001
    var iterations = 1500
    /// Features lighter than this are left out of the model file (they change a score by less
    /// than a rounding would), so the embedded file stays small.
    var minimumWeight = 0.02

    /// Names of features in order of first appearance (never a `Dictionary`'s order, which
    /// changes from run to run).
    private struct FeatureIndex {
        var names: [String] = []
        var indices: [String: Int32] = [:]

        mutating func index(of name: String) -> Int32 {
            if let index = indices[name] { return index }
            let index = Int32(names.count)
            names.append(name)
            indices[name] = index
            return index
        }
    }

    /// A model fitted on `thoughts` (labelled rows only), reporting at `threshold`.
    func train(_ thoughts: [LabelledThought], threshold: Double) -> WorstCaseModel {
        var index = FeatureIndex()
        var examples: [LogisticRegression.Example] = []
        for thought in thoughts where thought.label != .ambiguous {
            let sentences = WorstCaseModel.trainingSentences(of: thought.text)
            var features: [Int32] = []
            // The text counted as one sentence would be: one over the root of all its occurrences.
            var occurrences = 0.0
            for sentence in sentences {
                features += sentence.features.map { index.index(of: $0) }
                if sentence.scale > 0 { occurrences += 1 / (sentence.scale * sentence.scale) }
            }
            examples.append(LogisticRegression.Example(features: features, scale: occurrences > 0 ? 1 / occurrences.squareRoot() : 0,
                                                       positive: thought.label == .positive))
        }
        let fitted = LogisticRegression.fit(examples, featureCount: index.names.count, l2: l2, iterations: iterations)
        let kept = zip(index.names, fitted.weights)
            .filter { abs($0.1) >= minimumWeight }
            .map { (name: $0.0, weight: Self.rounded($0.1)) }
            .sorted { $0.name < $1.name }
        return WorstCaseModel(features: kept, bias: Self.rounded(fitted.bias), threshold: threshold)
    }

    /// Four decimals: what the file keeps, so a model scores the same before and after writing.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
