import Foundation

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

var counts = ConfusionCounts()
var errors: [MisclassifiedThought] = []
var predictions: [MisclassifiedThought] = []
for thought in thoughts {
    let claims = classify(thought.text)
    let predicted = !claims.isEmpty
    counts.record(predicted: predicted, label: thought.label)
    switch (thought.label, predicted) {
    case (.positive, true): predictions.append(MisclassifiedThought(error: "true-positive", thought: thought, claims: claims))
    case (.negative, false): predictions.append(MisclassifiedThought(error: "true-negative", thought: thought, claims: claims))
    case (.negative, true): errors.append(MisclassifiedThought(error: "false-positive", thought: thought, claims: claims))
    case (.positive, false): errors.append(MisclassifiedThought(error: "false-negative", thought: thought, claims: claims))
    default: break
    }
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }
print("data:      \(options.dataPath) (\(thoughts.count) rows)")
print("counts:    TP \(counts.truePositives)  FP \(counts.falsePositives)  FN \(counts.falseNegatives)  TN \(counts.trueNegatives)  left out \(counts.leftOut)")
print("precision: \(format(counts.precision))")
print("recall:    \(format(counts.recall))")
print("F1:        \(format(counts.f1))")

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
if let minimum = options.minimumPrecision, counts.precision < minimum {
    standardError("precision \(format(counts.precision)) is below the minimum \(format(minimum))")
    belowMinimum = true
}
if let minimum = options.minimumRecall, counts.recall < minimum {
    standardError("recall \(format(counts.recall)) is below the minimum \(format(minimum))")
    belowMinimum = true
}
exit(belowMinimum ? 1 : 0)
