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
    /// Feature key → index into `weights` and `nameEnds`.
    private let table: WordTable
    let weights: [Double]
    /// The features' names, one after another, as UTF-8: feature `i` ends at `nameEnds[i]` and
    /// starts where feature `i - 1` ends. Kept as bytes, not one `String` each, because the model
    /// is read at every start of Steady and a name is needed only to show a cue.
    private let nameBytes: [UInt8]
    private let nameEnds: [Int32]
    /// One bit for each of 2^16 buckets of feature keys, set where some feature falls: most of a
    /// sentence's words and pairs are no feature, and this 8 KB map says so from the nearest
    /// cache before the table (hundreds of KB) is probed (docs/benchmarks.md, "Tier 2").
    private let presence: [UInt64]

    /// A malformed model file: the line and what is wrong.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "worst-case model, line \(line): \(message)" }
    }

    /// The model embedded in the binary.
    public static let embedded: WorstCaseModel = {
        do { return try WorstCaseModel(fileBytes: PackageResources.worst_case_model_tsv) }
        catch { fatalError("The embedded worst-case model does not load: \(error)") }
    }()

    public init(source: String) throws {
        try self.init(fileBytes: Array(source.utf8))
    }

    /// The model from its file's bytes, read in one pass without a `String` a line: this runs
    /// at every start of Steady, and splitting and converting each line was a third of the
    /// start-up of `steady lint` (docs/benchmarks.md, "Start-up").
    init(fileBytes bytes: [UInt8]) throws {
        var bias: Double?
        var threshold: Double?
        var builder = Builder(expectedFeatures: bytes.count / 16)
        try bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
                let tab = UInt8(ascii: "\t")
                guard let separator = line.firstIndex(of: tab), !line[(separator + 1)...].contains(tab),
                      let value = Self.number(UnsafeBufferPointer(rebasing: line[(separator + 1)...])), value.isFinite else {
                    throw FormatError(line: lineNumber, message: "expected a name, a TAB and a number")
                }
                let name = UnsafeBufferPointer(rebasing: line[..<separator])
                if name.elementsEqual("@bias".utf8) { bias = value }
                else if name.elementsEqual("@threshold".utf8) { threshold = value }
                else { builder.add(name: name, weight: value) }
            }
        }
        guard let bias, let threshold else { throw FormatError(line: 0, message: "@bias and @threshold are required") }
        self.init(builder, bias: bias, threshold: threshold)
    }

    /// A model from its weights: `features` are words ("ruined") or word pairs ("never again").
    public init(features: [(name: String, weight: Double)], bias: Double, threshold: Double) {
        var builder = Builder(expectedFeatures: features.count)
        for (name, weight) in features {
            var name = name
            name.withUTF8 { builder.add(name: $0, weight: weight) }
        }
        self.init(builder, bias: bias, threshold: threshold)
    }

    private init(_ builder: Builder, bias: Double, threshold: Double) {
        table = builder.table
        weights = builder.weights
        nameBytes = builder.nameBytes
        nameEnds = builder.nameEnds
        presence = builder.presence
        self.bias = bias
        self.threshold = threshold
    }

    /// The features as they are added, from the file or from training.
    private struct Builder {
        var table: WordTable
        var weights: [Double] = []
        var nameBytes: [UInt8] = []
        var nameEnds: [Int32] = []
        var presence = [UInt64](repeating: 0, count: 1 << 10)

        init(expectedFeatures: Int) {
            table = WordTable(minimumCapacity: expectedFeatures)
            weights.reserveCapacity(expectedFeatures)
            nameEnds.reserveCapacity(expectedFeatures)
            nameBytes.reserveCapacity(expectedFeatures * 8)
        }

        /// A word or a pair of words separated by spaces; any other name is left out, as no
        /// sentence feature could look it up.
        mutating func add(name: UnsafeBufferPointer<UInt8>, weight: Double) {
            var hashes: (UInt64, UInt64) = (0, 0)
            var wordCount = 0
            var index = 0
            while index < name.count, wordCount <= 2 {
                while index < name.count, name[index] == UInt8(ascii: " ") { index += 1 }
                let start = index
                while index < name.count, name[index] != UInt8(ascii: " ") { index += 1 }
                guard index > start else { continue }
                let hash = WordHash.of(buffer: UnsafeBufferPointer(rebasing: name[start..<index]))
                if wordCount == 0 { hashes.0 = hash } else { hashes.1 = hash }
                wordCount += 1
            }
            guard wordCount == 1 || wordCount == 2 else { return }
            let key = wordCount == 1 ? hashes.0 : SentenceFeatures.pairKey(hashes.0, hashes.1)
            table.insert(Int32(weights.count), for: key)
            let bucket = WorstCaseModel.bucket(of: key)
            presence[bucket >> 6] |= 1 << UInt64(bucket & 63)
            weights.append(weight)
            nameBytes.append(contentsOf: name)
            nameEnds.append(Int32(nameBytes.count))
        }
    }

    /// A weight as the file writes it (`-0.0304`): sign, digits, a point, digits, read exactly
    /// (at most 15 digits and a power of ten up to 10^22 are both exact doubles, so the one
    /// division rounds once, as `Double(_:)` does). Anything else goes to `Double(_:)`.
    private static func number(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        var exact = index < text.count
        while index < text.count, exact {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            } else {
                exact = false
            }
            index += 1
        }
        guard exact, digits > 0, digits <= 15, decimals <= 22 else { return Double(String(decoding: text, as: UTF8.self)) }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        let value = Double(mantissa) / power
        return negative ? -value : value
    }

    /// The name of feature `index` ("never again").
    func name(_ index: Int) -> String {
        let start = index == 0 ? 0 : Int(nameEnds[index - 1])
        return String(decoding: nameBytes[start..<Int(nameEnds[index])], as: UTF8.self)
    }

    /// The features' names in file order.
    var names: [String] { weights.indices.map(name) }

    /// A copy that reports at another threshold (cross-validation tries several).
    public func withThreshold(_ threshold: Double) -> WorstCaseModel {
        WorstCaseModel(copying: self, threshold: threshold)
    }

    private init(copying model: WorstCaseModel, threshold: Double) {
        bias = model.bias
        table = model.table
        weights = model.weights
        nameBytes = model.nameBytes
        nameEnds = model.nameEnds
        presence = model.presence
        self.threshold = threshold
    }

    /// The number of words and word pairs with a weight.
    public var featureCount: Int { weights.count }

    /// The score (log-odds) of the sentence made of `tokens[range]`.
    func score(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return bias }
        return weights.withUnsafeBufferPointer { weights in
            presence.withUnsafeBufferPointer { presence in
                @inline(__always) func weight(_ key: UInt64) -> Double {
                    let bucket = Self.bucket(of: key)
                    guard presence[bucket &>> 6] & (1 &<< UInt64(bucket & 63)) != 0 else { return 0 }
                    let feature = table.value(for: key)
                    return feature >= 0 ? weights[Int(feature)] : 0
                }
                var sum = 0.0
                var previous: UInt64 = 0
                for position in range {
                    let hash = tokens[position].hash
                    sum += weight(hash)
                    if position > range.lowerBound { sum += weight(SentenceFeatures.pairKey(previous, hash)) }
                    previous = hash
                }
                return bias + sum * SentenceFeatures.scale(words: range.count)
            }
        }
    }

    /// A feature key's bucket in `presence`: the top 16 bits of its product with an odd constant
    /// (a short word's hash is little more than its bytes; the product mixes them into the top).
    @inline(__always)
    private static func bucket(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) &>> 48)
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
        features.sorted { $0.positions.lowerBound < $1.positions.lowerBound }.map { name($0.index) }.joined(separator: ", ")
    }
}
