/// Command-line options of `evaluate-detector`.
import Foundation

struct EvaluationOptions {
    var dataPath = Self.defaultDataPath()
    var errorsPath: String?
    /// Every scored row with its cues, for studying which cues earn their keep.
    var predictionsPath: String?
    /// Texts to explain (matched and dropped cues) instead of evaluating.
    var explainTexts: [String] = []
    /// Measure throughput over the data repeated to this many MB instead of scoring.
    var benchmarkMegabytes: Int?
    var minimumPrecision: Double?
    var minimumRecall: Double?
    /// `train`: fit the word model and write it (to `outputPath`) instead of evaluating.
    var train = false
    var outputPath: String?
    /// Score tier 1 or 2 by five-fold cross-validation: each fold by a model trained without it.
    var crossValidate = false
    /// `train --l2 X`: the regulariser (default `ModelTrainer().l2`).
    var l2: Double?

    static let usage = """
        usage: evaluate-detector [--data PATH] [--errors OUT.jsonl] [--cross-validate] [--min-precision P] [--min-recall R]
               evaluate-detector train [--data PATH] [--output MODEL.tsv] [--l2 X]
          --data PATH         labelled JSONL (default: ../shared/datasets/thinking-traps-dev.jsonl)
          --errors OUT.jsonl  write false positives and false negatives with the cues that fired
          --predictions OUT   write every scored row (label, cues) as JSONL
          --explain TEXT      print the claims and dropped cues for TEXT (repeatable) and exit
          --benchmark MB      measure detector throughput over the data repeated to MB megabytes
          --min-precision P   exit 1 when precision is below P
          --min-recall R      exit 1 when recall is below R
          --cross-validate    score tier 1 or 2 by 5-fold cross-validation (each fold by a model
                              trained without it); --min-precision and --min-recall apply to it
          train               fit the tier 2 word model on the data (deterministic), choose its
                              threshold by 5-fold cross-validation, and write it to --output
                              (default: print it)
        """

    /// `../shared/datasets/thinking-traps-dev.jsonl` relative to the package root, whatever the
    /// working directory. A git worktree sits one level deeper than the main checkout, so the
    /// nearest ancestor holding `shared/datasets/…` is used when that path does not exist.
    static func defaultDataPath() -> String {
        let relative = "shared/datasets/thinking-traps-dev.jsonl"
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let preferred = packageRoot.deletingLastPathComponent().appendingPathComponent(relative)
        var directory = packageRoot
        while directory.pathComponents.count > 1 {
            directory = directory.deletingLastPathComponent()
            let candidate = directory.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
        }
        return preferred.path
    }

    struct UsageError: Error { let message: String }

    init(arguments: [String]) throws {
        var arguments = arguments
        if arguments.first == "train" {
            train = true
            arguments.removeFirst()
        }
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() throws -> String {
                guard let value = iterator.next() else { throw UsageError(message: "\(argument) needs a value") }
                return value
            }
            func number() throws -> Double {
                let text = try value()
                guard let number = Double(text) else { throw UsageError(message: "\(argument): '\(text)' is not a number") }
                return number
            }
            switch argument {
            case "--data": dataPath = try value()
            case "--errors": errorsPath = try value()
            case "--predictions": predictionsPath = try value()
            case "--explain": explainTexts.append(try value())
            case "--benchmark": benchmarkMegabytes = Int(try number())
            case "--min-precision": minimumPrecision = try number()
            case "--min-recall": minimumRecall = try number()
            case "--output": outputPath = try value()
            case "--cross-validate": crossValidate = true
            case "--l2": l2 = try number()
            case "-h", "--help": throw UsageError(message: "")
            default: throw UsageError(message: "unknown option \(argument)")
            }
        }
    }
}
