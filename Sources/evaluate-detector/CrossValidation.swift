import JournalDetection
import ThinkingTraps

/// Five-fold cross-validation of the detector with its word model: each fold's texts are
/// classified by a model trained on the other four, so the model never scores a text it was
/// trained on. Folds are fixed (row number modulo 5), so runs agree.
struct CrossValidation {
    static let folds = 5
    let thoughts: [LabelledThought]
    let trainer: ModelTrainer

    /// Counts for tier 1 alone, and for tier 1 or 2 (what the linter reports with both rules on).
    struct TierCounts {
        var tier1 = ConfusionCounts()
        var union = ConfusionCounts()
        /// Texts only tier 2 found: how many were catastrophizing, how many not.
        var tier2Only = ConfusionCounts()
    }

    /// The fold models, each trained without its fold.
    func foldModels() -> [WorstCaseModel] {
        (0..<Self.folds).map { fold in
            trainer.train(thoughts.enumerated().filter { $0.offset % Self.folds != fold }.map(\.element), threshold: 0)
        }
    }

    /// The counts when each fold's texts are classified by its model at `threshold`.
    func counts(models: [WorstCaseModel], threshold: Double) -> TierCounts {
        var counts = TierCounts()
        let analyzers = models.map { EntryAnalyzer(possibleClaims: $0.withThreshold(threshold)) }
        for (offset, thought) in thoughts.enumerated() {
            let claims = classify(thought.text, with: analyzers[offset % Self.folds])
            let sure = claims.contains { $0.tier == .worstCase }
            counts.tier1.record(predicted: sure, label: thought.label)
            counts.union.record(predicted: !claims.isEmpty, label: thought.label)
            if !sure && !claims.isEmpty { counts.tier2Only.record(predicted: true, label: thought.label) }
        }
        return counts
    }

    /// The thresholds tried: -1.5 to 2.5 in steps of 0.1.
    static let candidateThresholds = (0...40).map { Double($0 - 15) / 10 }

    /// The lowest threshold (the most recall) whose cross-validated precision of tier 1 or 2 is
    /// at least `minimumPrecision` (the most precise one when none is), with every candidate's
    /// counts for the record.
    func chooseThreshold(models: [WorstCaseModel], minimumPrecision: Double) -> (threshold: Double, table: [(Double, TierCounts)]) {
        let table = Self.candidateThresholds.map { ($0, counts(models: models, threshold: $0)) }
        let chosen = table.first { $0.1.union.precision >= minimumPrecision }
            ?? table.max { $0.1.union.precision < $1.1.union.precision }!
        return (chosen.0, table)
    }
}
