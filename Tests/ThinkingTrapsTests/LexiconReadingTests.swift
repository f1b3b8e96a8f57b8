import Testing
@testable import ThinkingTraps

/// The lexicon is read byte by byte for speed; these check that the bytes give exactly the
/// pieces the `Character`-level reading (kept for text that is not plain ASCII) gives.
@Suite struct LexiconReadingTests {
    static let tricky = [
        "class\tname\t a | b-c |  d ", "  # comment ’", "\t\tfortune-telling\t\t{future} ~6 x?\t",
        "expand\tGONNA\tgoing to", "", " ", "what-if-spiral\t(what if|what happens if) {bad}",
        "magnification\tcafé au lait", "crisis\tdon’t\tcare", "x\u{00A0}y\tz",
    ]

    @Test func linesAndFieldsMatchTheCharacterReading() {
        for source in [CompiledLexicon.embeddedSource, Self.tricky.joined(separator: "\n"), Self.tricky.joined(separator: "\n") + "\n"] {
            let bytes = LexiconText.fieldLines(of: source), characters = LexiconText.unicodeFieldLines(of: source)
            #expect(bytes.map(\.number) == characters.map(\.number))
            #expect(bytes.map(\.fields) == characters.map(\.fields))
        }
    }

    /// A phrase's normal words as `PhraseWords` hands them on: words spelled out, rewrites as ids.
    static func pieces(_ read: ((ArraySlice<UInt8>) -> Void, ([Int32]) -> Void) -> Void) -> [String] {
        var pieces: [String] = []
        read({ pieces.append(String(decoding: $0, as: UTF8.self)) }, { pieces.append("=\($0)") })
        return pieces
    }

    @Test func phrasesAndPatternsMatchTheCharacterReading() {
        let phraseWords = CompiledLexicon.shared.phraseWords
        var phrases = Self.tricky + ["He'll LEAVE me", "won't  stop", "self-harm", "gonna-cry", "(a b|c) d? ~3 {x}", "ai'nt", "'tis",
                                     "'ll go", "ain't", "shan't", "n't", "I'M", "x'y'd", "cant-wont", "sha'nt"]
        for line in LexiconText.fieldLines(of: CompiledLexicon.embeddedSource) {
            phrases += line.fields.dropFirst()
            phrases += line.fields.dropFirst().flatMap { $0.split(separator: "|").map(String.init) }
        }
        for phrase in phrases where LexiconText.isPlain(phrase.utf8) {
            let bytes = Self.pieces { phraseWords.forEachWord(ofPlain: ArraySlice(phrase.utf8), word: $0, expansion: $1) }
            let characters = Self.pieces { phraseWords.forEachUnicodeWord(of: phrase, word: $0, expansion: $1) }
            #expect(bytes == characters, "\(phrase)")
            // Fragments cut at "|" may have unbalanced parentheses: both readings must then fail alike.
            func reading(_ read: () throws -> [String]) -> String {
                do { return try read().joined(separator: "\u{1}") } catch { return "\(error)" }
            }
            #expect(reading { try LexiconParser.elements(of: phrase, line: 0) } == reading { try LexiconParser.unicodeElements(of: phrase, line: 0) }, "\(phrase)")
        }
        #expect(throws: LexiconError.self) { try LexiconParser.elements(of: "(a b", line: 1) }
        #expect(throws: LexiconError.self) { try LexiconParser.elements(of: "a) b", line: 1) }
    }
}
