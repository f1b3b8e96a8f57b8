import Foundation
import ThinkingTraps

/// Scores the catastrophizing detector against a labelled JSONL file.
/// Exit status: 0 when the minimums are met, 1 when below them, 2 on bad input or usage.

func standardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let options: EvaluationOptions
do {
    options = try EvaluationOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch let error as EvaluationOptions.UsageError {
    if !error.message.isEmpty { standardError("evaluate-detector: \(error.message)") }
    standardError(EvaluationOptions.usage)
    exit(error.message.isEmpty ? 0 : 2)
}

if !options.explainTexts.isEmpty {
    for text in options.explainTexts { explain(text) }
    exit(0)
}

let thoughts: [LabelledThought]
do {
    thoughts = try LabelledThought.readJSONL(at: options.dataPath)
} catch {
    standardError("evaluate-detector: \(error)")
    exit(2)
}

if let megabytes = options.benchmarkMegabytes {
    benchmark(texts: thoughts.map(\.text), megabytes: megabytes)
    exit(0)
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }
func printCounts(_ name: String, _ counts: ConfusionCounts) {
    print("\(name)TP \(counts.truePositives)  FP \(counts.falsePositives)  FN \(counts.falseNegatives)  TN \(counts.trueNegatives)"
          + "  P \(format(counts.precision))  R \(format(counts.recall))  F1 \(format(counts.f1))")
}

if options.train {
    var trainer = ModelTrainer()
    if let l2 = options.l2 { trainer.l2 = l2 }
    exit(trainModel(thoughts, trainer: trainer, dataPath: options.dataPath, outputPath: options.outputPath))
}

var counts = ConfusionCounts()
var tier1 = ConfusionCounts()
var errors: [MisclassifiedThought] = []
var predictions: [MisclassifiedThought] = []
for thought in thoughts {
    let claims = classify(thought.text)
    let predicted = !claims.isEmpty
    counts.record(predicted: predicted, label: thought.label)
    tier1.record(predicted: claims.contains { $0.tier == .worstCase }, label: thought.label)
    switch (thought.label, predicted) {
    case (.positive, true): predictions.append(MisclassifiedThought(error: "true-positive", thought: thought, claims: claims))
    case (.negative, false): predictions.append(MisclassifiedThought(error: "true-negative", thought: thought, claims: claims))
    case (.negative, true): errors.append(MisclassifiedThought(error: "false-positive", thought: thought, claims: claims))
    case (.positive, false): errors.append(MisclassifiedThought(error: "false-negative", thought: thought, claims: claims))
    default: break
    }
}

print("data:      \(options.dataPath) (\(thoughts.count) rows, \(counts.leftOut) ambiguous left out)")
printCounts("tier 1:           ", tier1)
printCounts("tier 1 or 2:      ", counts)
print("(tier 2's model was trained on this file: tier 1 or 2 here is in-sample; --cross-validate scores it fairly)")
if options.crossValidate {
    let validation = CrossValidation(thoughts: thoughts.filter { $0.label != .ambiguous }, trainer: ModelTrainer())
    let threshold = WorstCaseModel.embedded.threshold
    let crossValidated = validation.counts(models: validation.foldModels(), threshold: threshold)
    print("cross-validated (\(CrossValidation.folds) folds, threshold \(threshold)):")
    printCounts("  tier 1:         ", crossValidated.tier1)
    printCounts("  tier 1 or 2:    ", crossValidated.union)
    print("  tier 2 only:     \(crossValidated.tier2Only.truePositives) catastrophizing, \(crossValidated.tier2Only.falsePositives) not")
    counts = crossValidated.union
}

if let path = options.errorsPath {
    do {
        try writeErrors(errors, to: path)
        print("errors:    \(errors.count) rows written to \(path)")
    } catch {
        standardError("evaluate-detector: cannot write \(path): \(error)")
        exit(2)
    }
}

if let path = options.predictionsPath {
    do { try writeErrors(errors + predictions, to: path) } catch {
        standardError("evaluate-detector: cannot write \(path): \(error)")
        exit(2)
    }
}

var belowMinimum = false
// The minimums apply to tier 1 or 2: cross-validated with --cross-validate.
if let minimum = options.minimumPrecision, counts.precision < minimum {
    standardError("precision \(format(counts.precision)) is below the minimum \(format(minimum))")
    belowMinimum = true
}
if let minimum = options.minimumRecall, counts.recall < minimum {
    standardError("recall \(format(counts.recall)) is below the minimum \(format(minimum))")
    belowMinimum = true
}
exit(belowMinimum ? 1 : 0)
