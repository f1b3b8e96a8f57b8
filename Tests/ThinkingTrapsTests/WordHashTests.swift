import Testing
@testable import ThinkingTraps

/// `WordHash` is a word's identity: the same bytes must hash alike however they arrive (the
/// tokenizer reads eight at a time, a byte at a time, or both; the lexicon hashes whole words),
/// and different words must hash apart.
@Suite struct WordHashTests {
    /// Bytes fed to a `WordHasher` in pieces of the given sizes (1 as a single byte).
    static func hashInPieces(_ bytes: [UInt8], sizes: [Int]) -> UInt64 {
        var hasher = WordHasher()
        var index = 0, piece = 0
        while index < bytes.count {
            let size = min(sizes[piece % sizes.count], bytes.count - index)
            piece += 1
            if size == 1 {
                hasher.append(bytes[index])
            } else {
                let packed = bytes[index..<index + size].enumerated()
                    .reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                hasher.append(packed, count: size)
            }
            index += size
        }
        return hasher.value
    }

    @Test func anySplitGivesTheSameHash() {
        let words = ["a", "it", "leave", "abcdefg", "abcdefgh", "abcdefghi", "extraordinarily",
                     "sixteen-letters!", "a'b", "don't", "naïve", "3.5", String(repeating: "z", count: 40)]
        let splits = [[1], [8], [3], [5, 1], [7, 2], [1, 8], [2, 3, 8], [6, 6, 1]]
        for word in words {
            let bytes = Array(word.utf8)
            let expected = WordHash.of(word)
            #expect(WordHash.of(bytes.lazy.map { $0 }) == expected, "\(word)") // not contiguous: byte by byte
            for sizes in splits {
                #expect(Self.hashInPieces(bytes, sizes: sizes) == expected, "\(word) in pieces \(sizes)")
            }
        }
    }

    @Test func lettersReadEightAtATimeHashAsWholeWords() {
        let text = Array("x Thinking about IT  catastrophizing overthought a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh".utf8)
        text.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                guard (buffer[index] | 0x20) &- 0x61 < 26 else { index += 1; continue }
                let start = index
                var hasher = WordHasher()
                if !AsciiLetterRun.hashLetters(buffer.baseAddress!, count: buffer.count, index: &index, hasher: &hasher) {
                    while index < buffer.count, (buffer[index] | 0x20) &- 0x61 < 26 { hasher.append(buffer[index] | 0x20); index += 1 }
                }
                let word = String(decoding: buffer[start..<index], as: UTF8.self).lowercased()
                #expect(hasher.value == WordHash.of(word), "\(word)")
            }
        }
    }

    /// A text's last word is read as the text's last eight bytes shifted down: it must stop at
    /// the text's end, whatever follows in memory (here, more letters), at every length.
    @Test func lettersAtTheEndOfATextStopAtItsEnd() {
        for length in 1...20 {
            let text = Array((String(repeating: "ab", count: 10).prefix(length)).utf8)
            for prefix in ["", "x ", "x yz ", "xyzxyzx "] {
                let memory = Array(prefix.utf8) + text + Array("QQQQQQQQ".utf8)
                let count = prefix.utf8.count + length
                memory.withUnsafeBufferPointer { buffer in
                    var index = prefix.utf8.count
                    var hasher = WordHasher()
                    if !AsciiLetterRun.hashLetters(buffer.baseAddress!, count: count, index: &index, hasher: &hasher) {
                        while index < count, (buffer[index] | 0x20) &- 0x61 < 26 { hasher.append(buffer[index] | 0x20); index += 1 }
                    }
                    #expect(index == count, "\(prefix)+\(length)")
                    #expect(hasher.value == WordHash.of(text), "\(prefix)+\(length)")
                }
            }
        }
    }

    /// Words that differ only in length, in a trailing byte or in one byte of a later lane.
    @Test func nearWordsHashApart() {
        var words: Set<String> = []
        let stems = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop"]
        for stem in stems {
            words.insert(stem)
            for letter in "abyz'0" { words.insert(stem + String(letter)); words.insert(String(letter) + stem) }
        }
        for position in 0..<24 {
            for letter in "bcz" {
                var bytes = Array(String(repeating: "a", count: 24).utf8)
                bytes[position] = UInt8(ascii: letter.unicodeScalars.first!)
                words.insert(String(decoding: bytes, as: UTF8.self))
            }
        }
        let hashes = Set(words.map(WordHash.of))
        #expect(hashes.count == words.count)
    }

    /// The lexicon's words and a few thousand made-up ones all hash apart.
    @Test func vocabularyHashesApart() {
        let vocabulary = CompiledLexicon.shared.vocabulary
        var words = Set((0..<vocabulary.count).map { vocabulary.word(Int32($0)) })
        let letters = Array("etaoinshrdlu")
        for first in letters { for second in letters { for third in letters {
            words.insert(String([first, second, third]))
            words.insert(String([first, second, third, first, second, third, first, second, third]))
        } } }
        #expect(Set(words.map(WordHash.of)).count == words.count)
    }
}
