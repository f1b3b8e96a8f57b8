/// Tier 2 of the catastrophizing detector: a logistic regression over the words and word pairs
/// of one sentence (`SentenceFeatures`), trained on the development set by
/// `evaluate-detector train` and embedded as data (`Resources/worst-case-model.tsv`). It reads
/// what the lexicon does not list ("my racing days are finished", "they must hate me"); a
/// sentence whose score reaches the threshold is "possibly a worst-case thought", and the words
/// that weighed most are shown as its cue.
///
/// The file, one entry a line, TAB-separated, `#` comments:
///
///     @bias<TAB>-2.31          the intercept
///     @threshold<TAB>0.12      a sentence scoring at least this is reported (chosen by cross-validation)
///     never again<TAB>1.042    a word or a word pair and its weight
public struct WorstCaseModel: Sendable {
    let bias: Double
    /// The score (log-odds) a sentence must reach.
    public let threshold: Double
    /// Feature key → index into `weights` and `names`.
    private let table: WordTable
    let weights: [Double]
    let names: [String]

    /// A malformed model file: the line and what is wrong.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "worst-case model, line \(line): \(message)" }
    }

    /// The model embedded in the binary.
    public static let embedded: WorstCaseModel = {
        do { return try WorstCaseModel(source: String(decoding: PackageResources.worst_case_model_tsv, as: UTF8.self)) }
        catch { fatalError("The embedded worst-case model does not load: \(error)") }
    }()

    public init(source: String) throws {
        var bias: Double?
        var threshold: Double?
        var features: [(String, Double)] = []
        // Read as bytes: the file is thousands of lines, read at every start of Steady, and
        // splitting the `String` by characters made loading it a fifth of a 1 MB file's lint.
        let bytes = Array(source.utf8)
        features.reserveCapacity(bytes.count / 24)
        for (offset, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let tab = UInt8(ascii: "\t")
            guard let separator = line.firstIndex(of: tab), !line[(separator + 1)...].contains(tab),
                  let value = Double(String(decoding: line[(separator + 1)...], as: UTF8.self)), value.isFinite else {
                throw FormatError(line: offset + 1, message: "expected a name, a TAB and a number")
            }
            let name = String(decoding: line[..<separator], as: UTF8.self)
            switch name {
            case "@bias": bias = value
            case "@threshold": threshold = value
            default: features.append((name, value))
            }
        }
        guard let bias, let threshold else { throw FormatError(line: 0, message: "@bias and @threshold are required") }
        self.init(features: features, bias: bias, threshold: threshold)
    }

    /// A model from its weights: `features` are words ("ruined") or word pairs ("never again").
    public init(features: [(name: String, weight: Double)], bias: Double, threshold: Double) {
        var table = WordTable(minimumCapacity: 2 * features.count)
        var weights: [Double] = []
        var names: [String] = []
        weights.reserveCapacity(features.count)
        names.reserveCapacity(features.count)
        for (name, weight) in features {
            // By bytes, not characters (see `init(source:)`).
            let words = name.utf8.split(separator: UInt8(ascii: " "))
            guard words.count == 1 || words.count == 2 else { continue }
            let key = words.count == 1
                ? WordHash.of(String(Substring(words[0])))
                : SentenceFeatures.pairKey(WordHash.of(String(Substring(words[0]))), WordHash.of(String(Substring(words[1]))))
            table.insert(Int32(weights.count), for: key)
            weights.append(weight)
            names.append(name)
        }
        self.table = table
        self.weights = weights
        self.names = names
        self.bias = bias
        self.threshold = threshold
    }

    /// A copy that reports at another threshold (cross-validation tries several).
    public func withThreshold(_ threshold: Double) -> WorstCaseModel {
        WorstCaseModel(copying: self, threshold: threshold)
    }

    private init(copying model: WorstCaseModel, threshold: Double) {
        bias = model.bias
        table = model.table
        weights = model.weights
        names = model.names
        self.threshold = threshold
    }

    /// The number of words and word pairs with a weight.
    public var featureCount: Int { weights.count }

    /// The score (log-odds) of the sentence made of `tokens[range]`.
    func score(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return bias }
        var sum = 0.0
        var previous: UInt64 = 0
        for position in range {
            let hash = tokens[position].hash
            let word = table.value(for: hash)
            if word >= 0 { sum += weights.withUnsafeBufferPointer { $0[Int(word)] } }
            if position > range.lowerBound {
                let pair = table.value(for: SentenceFeatures.pairKey(previous, hash))
                if pair >= 0 { sum += weights.withUnsafeBufferPointer { $0[Int(pair)] } }
            }
            previous = hash
        }
        return bias + sum * SentenceFeatures.scale(words: range.count)
    }

    /// Whether some sentence of `text` scores at least the threshold (clipped to the context
    /// window, as the detector scores it).
    func reachesThreshold(anySentenceOf text: TokenizedText) -> Bool {
        text.tokens.withUnsafeBufferPointer { tokens in
            for sentence in text.sentences {
                let range = sentence.tokens
                let clipped = range.lowerBound..<min(range.upperBound, range.lowerBound + TextAnalysis.contextWindow)
                if clipped.count >= 2, score(tokens, clipped) >= threshold { return true }
            }
            return false
        }
    }

    /// A feature present in a sentence, with the token positions it covers.
    struct PresentFeature {
        let index: Int
        let positions: Range<Int>
    }

    /// The features with the largest positive weights in `tokens[range]`, at most `count`, the
    /// heaviest first (each feature once, at its first occurrence); a pair that merely repeats a
    /// heavier word is left out so the cue shows different words.
    func heaviestFeatures(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, count: Int) -> [PresentFeature] {
        var present: [PresentFeature] = []
        var seen = Set<Int>()
        for position in range {
            let word = table.value(for: tokens[position].hash)
            if word >= 0, weights[Int(word)] > 0, seen.insert(Int(word)).inserted {
                present.append(PresentFeature(index: Int(word), positions: position..<position + 1))
            }
            if position > range.lowerBound {
                let pair = table.value(for: SentenceFeatures.pairKey(tokens[position - 1].hash, tokens[position].hash))
                if pair >= 0, weights[Int(pair)] > 0, seen.insert(Int(pair)).inserted {
                    present.append(PresentFeature(index: Int(pair), positions: position - 1..<position + 1))
                }
            }
        }
        present.sort { weights[$0.index] != weights[$1.index] ? weights[$0.index] > weights[$1.index] : $0.positions.lowerBound < $1.positions.lowerBound }
        var chosen: [PresentFeature] = []
        for feature in present where chosen.count < count {
            if chosen.contains(where: { $0.positions.overlaps(feature.positions) }) { continue }
            chosen.append(feature)
        }
        return chosen
    }

    /// The cue shown for a sentence the model reports: its heaviest words, in text order.
    func cue(for features: [PresentFeature]) -> String {
        features.sorted { $0.positions.lowerBound < $1.positions.lowerBound }.map { names[$0.index] }.joined(separator: ", ")
    }
}
