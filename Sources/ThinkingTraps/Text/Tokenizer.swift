/// Splits UTF-8 text into lower-case word tokens, clause and sentence breaks, and quoted spans,
/// in one pass over the bytes. It is the only per-byte work the detectors do, so it avoids
/// `String` and `Character` entirely. A class, so that each paragraph's `TokenizerState`
/// retains one object instead of each of its tables.
final class Tokenizer: Sendable {
    /// One probe per word: a vocabulary id, or `expansionFlag | i` for a whole-word rewrite from
    /// the lexicon ("gonna" → "going to", "cant" → "can not"), whose words are `expansionTargets[i]`.
    let wordLookup: WordTable
    let expansionTargets: [[NormalWord]]
    static let expansionFlag: Int32 = 1 << 30
    /// Normal forms of contraction suffixes and the words they attach to.
    let suffixWords: ContractionWords
    /// For each vocabulary id, the `RuleSet.anchorBit`s of the rule sets it is a key word of
    /// (`RequiredWords`); stored in each token and OR-ed into `TokenizedText.anchors`.
    let keySets: [UInt8]
    /// `expand-before` lines ("ill" → "i will" before a verb), applied after a paragraph that
    /// holds a source word is tokenised.
    let conditionalRewrite: ConditionalRewrite

    init(wordLookup: WordTable, expansionTargets: [[NormalWord]], suffixWords: ContractionWords, keySets: [UInt8],
         conditionalRewrite: ConditionalRewrite = .none) {
        self.wordLookup = wordLookup
        self.expansionTargets = expansionTargets
        self.suffixWords = suffixWords
        self.keySets = keySets
        self.conditionalRewrite = conditionalRewrite
    }

    /// The vocabulary id of a word, or -1 (expansion sources are not vocabulary).
    @inline(__always)
    func vocabularyID(forHash hash: UInt64) -> Int32 {
        let found = wordLookup.value(for: hash)
        return found >= Self.expansionFlag ? -1 : found
    }

    func tokenize(_ text: String) -> TokenizedText {
        var output = TokenizedText()
        tokenize(text, into: &output)
        return output
    }

    /// Tokenises `text` into `output`, reusing its arrays' storage: a caller that tokenises
    /// paragraph after paragraph allocates them once instead of once per paragraph.
    func tokenize(_ text: String, into output: inout TokenizedText) {
        var text = text
        if text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0, into: &output) }) != nil { return }
        text.makeContiguousUTF8()
        if text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0, into: &output) }) == nil { output = TokenizedText() }
    }

    func tokenize(bytes: UnsafeBufferPointer<UInt8>, into output: inout TokenizedText) {
        // Tokens are staged on the stack and moved to the list in blocks (`TokenizerState`).
        withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenizerState.stageCapacity) { stage in
            tokenize(bytes: bytes, into: &output, stage: stage.baseAddress!)
        }
    }

    private func tokenize(bytes: UnsafeBufferPointer<UInt8>, into output: inout TokenizedText, stage: UnsafeMutablePointer<Token>) {
        var state = TokenizerState(tokenizer: self, stage: stage)
        // The state takes the arrays over (held once, so appending reuses their storage).
        swap(&state.output, &output)
        state.output.tokens.removeAll(keepingCapacity: true)
        state.output.sentences.removeAll(keepingCapacity: true)
        state.output.anchors = 0
        // Reused buffers start big enough for most paragraphs, so that they are allocated once;
        // capacity is asked for only when short.
        let tokenCapacity = max(bytes.count / 5 + 4, 256), sentenceCapacity = max(bytes.count / 32 + 2, 32)
        if state.output.tokens.capacity < tokenCapacity { state.output.tokens.reserveCapacity(tokenCapacity) }
        if state.output.sentences.capacity < sentenceCapacity { state.output.sentences.reserveCapacity(sentenceCapacity) }
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if (byte | 0x20) &- 0x61 < 26 { // a letter, either case: by far the most common byte
                index = state.appendLetters(bytes, from: index)
                // Most words end at a space: handled here, without another trip round the loop.
                if index < count && bytes[index] == 0x20 {
                    state.endWord(at: index)
                    index += 1
                }
                continue
            }
            if byte == 0x20 { // a space, the next most common: ends the word
                state.endWord(at: index)
                index += 1
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    state.appendWordByte(byte, at: index)
                case 0x41...0x5A:
                    state.appendWordByte(byte | 0x20, at: index)
                case 0x27: // '
                    state.apostrophe(at: index, length: 1, opensQuote: true, bytes: bytes)
                case 0x2D: // -
                    if state.inWord, index + 1 < count, Self.isLetterStart(bytes[index + 1]) {
                        state.endWord(at: index)
                    } else {
                        state.endWord(at: index)
                        if index + 1 < count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x2D {
                            state.pendingBreak(.clause)
                        }
                    }
                case 0x22: // "
                    state.endWord(at: index)
                    state.toggleDoubleQuote()
                case 0x2E, 0x21, 0x3F: // . ! ?
                    if byte == 0x2E, state.inWord, index + 1 < count, Self.isDigit(bytes[index + 1]) {
                        state.appendWordByte(byte, at: index) // 3.5, v1.2
                    } else {
                        state.endWord(at: index)
                        state.sentenceEnd(question: byte == 0x3F)
                    }
                case 0x3A where state.inWord && Self.isDigit(bytes[index - 1]) && index + 1 < count && Self.isDigit(bytes[index + 1]):
                    state.appendWordByte(byte, at: index) // 9:30, a clock time: one word, no clause break
                    state.clockTime = true
                case 0x2C, 0x3B, 0x3A, 0x28, 0x29: // , ; : ( )
                    state.endWord(at: index)
                    state.pendingBreak(.clause)
                default:
                    state.endWord(at: index)
                }
                index += 1
                continue
            }
            // Multi-byte scalar: decode just enough to classify it.
            let (scalar, length) = Self.decode(bytes, at: index)
            switch scalar {
            case 0x2019: // ’ apostrophe or closing single quote
                state.apostrophe(at: index, length: length, opensQuote: false, bytes: bytes)
            case 0x2018: // ‘
                state.endWord(at: index)
                state.openQuote(.single)
            case 0x201C:
                state.endWord(at: index)
                state.openQuote(.double)
            case 0x201D:
                state.endWord(at: index)
                state.closeQuote(.double)
            case 0x2013, 0x2014, 0x3001, 0xFF0C, 0xFF1B, 0xFF1A:
                state.endWord(at: index)
                state.pendingBreak(.clause)
            case 0x2026, 0x3002, 0xFF01, 0xFF0E:
                state.endWord(at: index)
                state.sentenceEnd(question: false)
            case 0xFF1F:
                state.endWord(at: index)
                state.sentenceEnd(question: true)
            default:
                if Self.isLetter(scalar) {
                    for offset in 0..<length { state.appendWordByte(bytes[index + offset], at: index + offset) }
                } else {
                    state.endWord(at: index)
                }
            }
            index += length
        }
        state.endWord(at: count)
        output = state.finish()
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isLetterStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC0 || isDigit(byte)
    }

    /// Letters of any script count as word characters; punctuation, symbols and emoji do not.
    @inline(__always)
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xBF, 0xD7, 0xF7: return false
        case 0..<0x2000: return true
        case 0x2000..<0x3040: return false
        case 0x3040..<0xFE00: return true
        case 0xFE00..<0x10000: return false
        case 0x1F000...: return false
        default: return true
        }
    }

    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        if lead >= 0xF0 { length = 4; scalar = UInt32(lead & 0x07) }
        else if lead >= 0xE0 { length = 3; scalar = UInt32(lead & 0x0F) }
        else if lead >= 0xC0 { length = 2; scalar = UInt32(lead & 0x1F) }
        else { return (0xFFFD, 1) } // stray continuation byte
        guard index + length <= bytes.count else { return (0xFFFD, bytes.count - index) }
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (scalar, length)
    }
}
