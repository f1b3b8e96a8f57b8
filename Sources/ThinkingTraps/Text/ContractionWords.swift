/// Normal forms used when splitting contractions, looked up once when the lexicon is compiled.
struct ContractionWords: Sendable {
    var will, `is`, are, am, have, would, not, can, shall: NormalWord

    init(vocabulary: Vocabulary) {
        func normal(_ word: String) -> NormalWord {
            NormalWord(id: vocabulary.id(of: word), hash: WordHash.of(word))
        }
        will = normal("will"); `is` = normal("is"); are = normal("are"); am = normal("am")
        have = normal("have"); would = normal("would"); not = normal("not")
        can = normal("can"); shall = normal("shall")
    }

    /// Every word above, so the lexicon can give them ids before `init` looks them up.
    static let allWords = ["will", "is", "are", "am", "have", "would", "not", "can", "shall"]
}
