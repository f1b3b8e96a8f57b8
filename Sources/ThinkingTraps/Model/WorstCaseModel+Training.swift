/// What `evaluate-detector train` needs to fit the model: the features of each sentence of a
/// text, by name, exactly as `WorstCaseModel` will look them up.
@_spi(Training)
extension WorstCaseModel {
    /// One sentence's features by name: words ("ruined") and adjacent pairs ("never again"),
    /// once per occurrence, and the scale each occurrence is counted with.
    public struct TrainingSentence: Sendable {
        public let features: [String]
        public let scale: Double
    }

    /// The sentences of `text` as the detector tokenises them. A word whose name would not hash
    /// back to the token (a spelling the tokenizer rewrites in a way a name cannot say) gives no
    /// feature, but still counts in the scale, as it does when scoring.
    public static func trainingSentences(of text: String) -> [TrainingSentence] {
        let lexicon = CompiledLexicon.shared
        let tokenized = lexicon.tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        let tokens = tokenized.tokens
        let commonWords = Set(CommonWords.all)
        func name(_ token: Token) -> String? {
            let word: String
            if token.id >= 0 {
                word = lexicon.vocabulary.word(token.id)
            } else {
                let start = Int(token.start), end = Int(token.end)
                guard start < end, end <= bytes.count else { return nil }
                word = String(decoding: bytes[start..<end].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            guard !word.contains(" "), !word.contains("\t"), WordHash.of(word) == token.hash else { return nil }
            return word
        }
        return tokenized.sentences.map { sentence in
            var features: [String] = []
            var previous: String?
            for position in sentence.tokens {
                let current = name(tokens[position])
                // A word found in nearly every paragraph ("will", "and", "to") is no feature on
                // its own: alone it would say more about the dataset's style than about a worst
                // case, and it would make a poor cue to show. Its pairs with other words ("will
                // die") are features.
                if let current, !commonWords.contains(current) { features.append(current) }
                // A pair of such words ("i will", "going to") is a frame without an outcome: on its
                // own it would make every plan ("I will be home by ten") a possible worst case.
                if let previous, let current, position > sentence.tokens.lowerBound,
                   !(commonWords.contains(previous) && commonWords.contains(current)) {
                    features.append(previous + " " + current)
                }
                previous = current
            }
            return TrainingSentence(features: features, scale: SentenceFeatures.scale(words: sentence.tokens.count))
        }
    }
}

@_spi(Training)
extension WorstCaseModel {
    /// The model in its file format (`Resources/worst-case-model.tsv`), `comment` lines first.
    public func fileText(comment: [String]) -> String {
        var text = comment.map { "# " + $0 + "\n" }.joined()
        text += "@bias\t\(bias)\n@threshold\t\(threshold)\n"
        for (name, weight) in zip(names, weights) { text += "\(name)\t\(weight)\n" }
        return text
    }
}
