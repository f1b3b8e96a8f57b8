/// Which of eight bytes, read as one word, are ASCII letters before the first other byte: the
/// tokenizer and `CuePrefilter` hash a word's letters without testing them one by one.
enum AsciiLetterRun {
    /// The case bit of every byte: OR-ed in, it lower-cases ASCII letters.
    static let caseBits: UInt64 = 0x2020_2020_2020_2020
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The bytes of `chunk` (first byte in the low bits) before its first byte that is not
    /// `a`–`z` or `A`–`Z` (the bytes for which `(byte | 0x20) &- 0x61 < 26`), lower-cased, the
    /// rest zero, and their number (0...8): ready for `WordHasher.append(_:count:)`.
    @inline(__always)
    static func leadingLetterBytes(_ chunk: UInt64) -> (bytes: UInt64, count: Int) {
        // Each byte lower-cased and cut to seven bits, so adding below cannot carry into the next.
        let lowered = (chunk | caseBits) & lowSevenBits
        let atLeastA = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & highBits      // byte >= 0x61 "a"
        let pastZ = (lowered &+ 0x0505_0505_0505_0505) & highBits         // byte >= 0x7B, after "z"
        let others = ~(atLeastA & ~pastZ & ~(chunk & highBits)) & highBits // not a letter, or not ASCII
        // The high bit of the first other byte, isolated and turned into a mask of the bytes
        // below it (all eight when there is none: 0 &- 1).
        let first = others & (0 &- others)
        let below = (first &>> 7) &- 1
        return ((chunk | caseBits) & below, others.trailingZeroBitCount >> 3)
    }

    /// Eight bytes from `base`, first byte in the low bits. The caller makes sure all eight
    /// are inside the text (`index + 8 <= count`, or `tail`'s last eight).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
    }

    /// The last bytes of a text, from `index` when fewer than eight remain, as one `UInt64`
    /// with zeros above them (zero is not a letter, so a run stops there). They are read as the
    /// text's last eight bytes shifted down, so no byte outside the text is read, and a text's
    /// last word is hashed whole like the others instead of byte by byte. Nil at the end of the
    /// text and in a text shorter than eight bytes.
    @inline(__always)
    static func tail(_ base: UnsafePointer<UInt8>, count: Int, at index: Int) -> UInt64? {
        guard count >= 8, index < count else { return nil }
        return load(base + (count &- 8)) &>> UInt64((8 &- (count &- index)) &* 8)
    }

    /// Feeds the ASCII letters from `index` into `hasher` (lower-cased), eight bytes at a time
    /// (the last few as a `tail`), and moves `index` past them. Returns true when the run ended
    /// (at a byte that is not a letter, or at the end of the text), false when the text is too
    /// short to read eight bytes at a time or `index` reached its end (the caller goes on byte
    /// by byte). Shared by the tokenizer and `CuePrefilter`, so both hash a word exactly as the
    /// lexicon's words were hashed.
    @inline(__always)
    static func hashLetters(_ base: UnsafePointer<UInt8>, count: Int, index: inout Int, hasher: inout WordHasher) -> Bool {
        if hasher.laneIsEmpty { return hasher.appendLetters(base, count: count, index: &index) }
        // After bytes hashed one by one (a digit, an apostrophe): each run is shifted into the
        // partial lane.
        while index &+ 8 <= count {
            let letters = leadingLetterBytes(load(base + index))
            hasher.append(letters.bytes, count: letters.count)
            index &+= letters.count
            if letters.count < 8 { return true }
        }
        guard let tail = tail(base, count: count, at: index) else { return false }
        let letters = leadingLetterBytes(tail)
        hasher.append(letters.bytes, count: letters.count)
        index &+= letters.count
        return true
    }
}
