import Foundation
@_spi(Training) import ThinkingTraps

/// `evaluate-detector train`: fits fold models, chooses the threshold by cross-validation,
/// fits the final model on every labelled row and writes it. Returns the exit status.
func trainModel(_ thoughts: [LabelledThought], trainer: ModelTrainer, dataPath: String, outputPath: String?) -> Int32 {
    let labelled = thoughts.filter { $0.label != .ambiguous }
    let validation = CrossValidation(thoughts: labelled, trainer: trainer)
    let models = validation.foldModels()
    let minimumPrecision = 0.88
    let (threshold, table) = validation.chooseThreshold(models: models, minimumPrecision: minimumPrecision)
    print("threshold  tier 1 or 2 (cross-validated)        tier 2 only")
    for (candidate, counts) in table {
        let union = counts.union
        print(String(format: "%6.2f     P %.3f R %.3f F1 %.3f (FP %3d)   %3d catastrophizing, %3d not%@",
                     candidate, union.precision, union.recall, union.f1, union.falsePositives,
                     counts.tier2Only.truePositives, counts.tier2Only.falsePositives, candidate == threshold ? "  <- chosen" : ""))
    }
    let chosen = table.first { $0.0 == threshold }!.1
    let model = trainer.train(labelled, threshold: threshold)
    let comment = [
        "Steady's tier 2 word model (\"possibly a worst-case thought\"). Generated: do not edit by hand.",
        "Made by: swift run -c release evaluate-detector train --l2 \(trainer.l2) --output Sources/ThinkingTraps/Resources/worst-case-model.tsv",
        "Data: \(URL(fileURLWithPath: dataPath).lastPathComponent), \(labelled.count) labelled rows (catastrophizing votes >= 3 positive, 0 negative).",
        "Logistic regression over each sentence's words and word pairs; L2 \(trainer.l2), \(trainer.iterations) iterations,",
        "weights under \(trainer.minimumWeight) left out. Threshold: the lowest whose cross-validated (5 folds) precision",
        "of tier 1 or 2 is >= \(minimumPrecision): P \(String(format: "%.3f", chosen.union.precision)) R \(String(format: "%.3f", chosen.union.recall)).",
        "Lines: @bias, @threshold, then a word or word pair, TAB, its weight.",
    ]
    let text = model.fileText(comment: comment)
    guard let outputPath else {
        print(text, terminator: "")
        return 0
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: outputPath))
        print("model: \(model.featureCount) features, threshold \(threshold), written to \(outputPath)")
        return 0
    } catch {
        standardError("evaluate-detector: cannot write \(outputPath): \(error)")
        return 2
    }
}
