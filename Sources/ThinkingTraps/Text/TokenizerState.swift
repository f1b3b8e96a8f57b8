/// The mutable half of `Tokenizer`: the word being built, pending breaks and open quotes.
struct TokenizerState {
    let tokenizer: Tokenizer
    var output = TokenizedText()
    /// The current word's hash so far (lower-cased, apostrophes as `'`), and its length.
    private var hasher = WordHasher()
    private var wordStart = 0
    /// The word being read has a colon between digits ("9:30").
    var clockTime = false
    /// The current word's bytes, kept only once it has an apostrophe: a contraction must be
    /// split, every other word needs only its hash.
    private var word: [UInt8] = []
    private var buffering = false
    /// Last apostrophe inside the current word: index in `word` and byte offset in the text.
    private var apostropheInWord = -1
    private var apostropheOffset = 0
    private var pending: Token.Break = .none
    private var sentenceStart = 0
    /// `output.sentences.count`, kept here: every token records it.
    private var sentenceCount: Int32 = 0
    private var lastSentenceClosedAt = -1
    private var openQuoteKind: QuoteKind?
    private var openQuoteToken = 0

    enum QuoteKind { case single, double }

    /// Tokens emitted but not yet in `output.tokens`: they are appended there a block at a time
    /// (`flushStage()`), so that storing a token is a few stores where `Array.append` also
    /// checked the list's uniqueness and capacity every time. `stageCapacity` tokens of
    /// caller-owned memory that outlives the state: 1 KB, which `withUnsafeTemporaryAllocation`
    /// keeps on the stack (a larger block went to the heap, once per paragraph).
    private let stage: UnsafeMutablePointer<Token>
    private var stagedCount = 0
    static let stageCapacity = 32

    /// `word` is left unallocated: most paragraphs have no contraction, and an allocation per
    /// paragraph showed up in profiles.
    init(tokenizer: Tokenizer, stage: UnsafeMutablePointer<Token>) {
        self.tokenizer = tokenizer
        self.stage = stage
    }

    /// The number of tokens emitted so far (listed and staged).
    @inline(__always)
    private var tokenCount: Int { output.tokens.count + stagedCount }

    /// Moves the staged tokens to `output.tokens`.
    private mutating func flushStage() {
        guard stagedCount > 0 else { return }
        output.tokens.append(contentsOf: UnsafeBufferPointer(start: stage, count: stagedCount))
        stagedCount = 0
    }

    var inWord: Bool { hasher.length > 0 }

    @inline(__always)
    mutating func appendWordByte(_ byte: UInt8, at offset: Int) {
        if hasher.length == 0 { wordStart = offset }
        hasher.append(byte)
        if buffering { word.append(byte) }
    }

    /// Appends the run of ASCII letters starting at `start` (which must be a letter) and
    /// returns the index after it: the common case, kept to a tight loop.
    @inline(__always)
    mutating func appendLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        if hasher.length == 0 { wordStart = start }
        var index = start
        if buffering {
            repeat {
                let lower = bytes[index] | 0x20
                hasher.append(lower)
                word.append(lower)
                index += 1
            } while index < bytes.count && (bytes[index] | 0x20) &- 0x61 < 26
        } else {
            // The loop nearly every byte of a journal goes through: nothing but the hash, eight
            // bytes at a time (`AsciiLetterRun`), so no byte is tested or hashed alone.
            let count = bytes.count
            let base = bytes.baseAddress!
            if AsciiLetterRun.hashLetters(base, count: count, index: &index, hasher: &hasher) { return index }
            while index < count && (base[index] | 0x20) &- 0x61 < 26 {
                hasher.append(base[index] | 0x20)
                index &+= 1
            }
        }
        return index
    }

    mutating func apostrophe(at offset: Int, length: Int, opensQuote: Bool, bytes: UnsafeBufferPointer<UInt8>) {
        let next = offset + length
        let letterFollows = next < bytes.count && Tokenizer.isLetterStart(bytes[next]) && !Tokenizer.isDigit(bytes[next])
        if inWord && letterFollows {
            if !buffering {
                word.removeAll(keepingCapacity: true)
                for index in wordStart..<offset {
                    let byte = bytes[index]
                    word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                buffering = true
            }
            apostropheInWord = word.count
            apostropheOffset = offset
            word.append(0x27)
            hasher.append(0x27)
            return
        }
        endWord(at: offset)
        if letterFollows && opensQuote {
            openQuote(.single)
        } else {
            closeQuote(.single)
        }
    }

    mutating func pendingBreak(_ kind: Token.Break) {
        if kind.rawValue > pending.rawValue { pending = kind }
    }

    /// Inlined into the byte loop, so the state's fields stay in registers across it.
    @inline(__always)
    mutating func sentenceEnd(question: Bool) {
        let count = tokenCount
        if count > sentenceStart {
            output.sentences.append(Sentence(tokens: sentenceStart..<count, isQuestion: question))
            sentenceCount += 1
            sentenceStart = count
            lastSentenceClosedAt = count
        } else if question, lastSentenceClosedAt == count, !output.sentences.isEmpty {
            output.sentences[output.sentences.count - 1].isQuestion = true
        }
        pendingBreak(.sentence)
    }

    mutating func openQuote(_ kind: QuoteKind) {
        guard openQuoteKind == nil else { return }
        openQuoteKind = kind
        openQuoteToken = tokenCount
    }

    mutating func closeQuote(_ kind: QuoteKind) {
        guard openQuoteKind == kind else { return }
        flushStage()
        for index in openQuoteToken..<output.tokens.count { output.tokens[index].quoted = true }
        openQuoteKind = nil
    }

    mutating func toggleDoubleQuote() {
        if openQuoteKind == .double { closeQuote(.double) } else { openQuote(.double) }
    }

    /// Ends the current word, if any, emitting one token, or two for a contraction. The common
    /// case (a word without an apostrophe that no `expand` line rewrites) is inlined into the
    /// byte loop; the others are `endBufferedWord(at:)` and `emitExpansion(_:end:)`.
    @inline(__always)
    mutating func endWord(at end: Int) {
        guard hasher.length > 0 else { return }
        if buffering { return endBufferedWord(at: end) }
        let hash = hasher.value
        hasher = WordHasher()
        let found = tokenizer.wordLookup.value(for: hash)
        if found >= Tokenizer.expansionFlag { return emitExpansion(found, end: end) }
        emit(NormalWord(id: found, hash: hash), start: wordStart, end: end)
    }

    private mutating func emitExpansion(_ found: Int32, end: Int) {
        for target in tokenizer.expansionTargets[Int(found - Tokenizer.expansionFlag)] { emit(target, start: wordStart, end: end) }
    }

    /// `endWord(at:)` for a word with an apostrophe, kept out of line.
    @inline(never)
    private mutating func endBufferedWord(at end: Int) {
        defer { hasher = WordHasher(); buffering = false; apostropheInWord = -1 }
        let words = tokenizer.suffixWords
        // The apostrophe may end the word: `apostrophe(at:)` buffers when a multi-byte scalar
        // follows, and that scalar may turn out not to be a letter ("boys'—").
        if buffering && apostropheInWord > 0 && word.count > apostropheInWord + 1 {
            let suffixLength = word.count - apostropheInWord - 1
            let suffix0 = word[apostropheInWord + 1]
            let suffix1: UInt8 = suffixLength > 1 ? word[apostropheInWord + 2] : 0
            var attached: NormalWord?
            switch (suffixLength, suffix0, suffix1) {
            case (2, 0x6C, 0x6C): attached = words.will      // 'll
            case (1, 0x73, _): attached = words.is           // 's
            case (2, 0x72, 0x65): attached = words.are       // 're
            case (1, 0x6D, _): attached = words.am           // 'm
            case (2, 0x76, 0x65): attached = words.have      // 've
            case (1, 0x64, _): attached = words.would        // 'd
            case (1, 0x74, _) where word[apostropheInWord - 1] == 0x6E: // n't
                emitNegatedContraction(baseLength: apostropheInWord - 1, end: end)
                return
            default: break
            }
            if let attached {
                emit(hashing: 0..<apostropheInWord, start: wordStart, end: apostropheOffset)
                emit(attached, start: apostropheOffset, end: end)
                return
            }
        }
        let hash = hasher.value
        let found = tokenizer.wordLookup.value(for: hash)
        if found >= Tokenizer.expansionFlag {
            emitExpansion(found, end: end)
        } else {
            emit(NormalWord(id: found, hash: hash), start: wordStart, end: end)
        }
    }

    /// "won't" → "will not", "can't" → "can not", "didn't" → "did not".
    private mutating func emitNegatedContraction(baseLength: Int, end: Int) {
        let words = tokenizer.suffixWords
        let notStart = apostropheOffset - 1
        let base = word[0..<baseLength]
        if base.elementsEqual([0x77, 0x6F]) { emit(words.will, start: wordStart, end: notStart) }        // wo
        else if base.elementsEqual([0x63, 0x61]) { emit(words.can, start: wordStart, end: notStart) }    // ca
        else if base.elementsEqual([0x73, 0x68, 0x61]) { emit(words.shall, start: wordStart, end: notStart) } // sha
        else if base.elementsEqual([0x61, 0x69]) { emit(words.is, start: wordStart, end: notStart) }     // ai
        else if baseLength > 0 { emit(hashing: 0..<baseLength, start: wordStart, end: notStart) }
        emit(words.not, start: notStart, end: end)
    }

    private mutating func emit(hashing range: Range<Int>, start: Int, end: Int) {
        guard !range.isEmpty else { return }
        let hash = WordHash.of(word[range])
        emit(NormalWord(id: tokenizer.vocabularyID(forHash: hash), hash: hash), start: start, end: end)
    }

    @inline(__always)
    private mutating func emit(_ normal: NormalWord, start: Int, end: Int) {
        let keySets = normal.id >= 0 ? tokenizer.keySets[Int(normal.id)] : 0
        output.anchors |= keySets
        if stagedCount == Self.stageCapacity { flushStage() }
        (stage + stagedCount).initialize(to: Token(
            start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
            id: normal.id, sentence: sentenceCount,
            hash: normal.hash, breakBefore: pending, quoted: false, keySets: keySets, isClockTime: clockTime))
        stagedCount &+= 1
        pending = .none
        clockTime = false
    }

    /// The output, which the state gives up (so that it stays uniquely held).
    mutating func finish() -> TokenizedText {
        flushStage()
        let count = output.tokens.count
        if count > sentenceStart {
            output.sentences.append(Sentence(tokens: sentenceStart..<count, isQuestion: false))
        }
        var result = TokenizedText()
        swap(&result, &output)
        if result.anchors & ConditionalRewrite.sourceBit != 0 {
            tokenizer.conditionalRewrite.apply(to: &result, keySets: tokenizer.keySets)
        }
        return result
    }
}
