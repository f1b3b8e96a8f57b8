/// How many of eight bytes, read as one word, are ASCII letters before the first other byte:
/// the tokenizer hashes a word's letters without testing them one by one.
enum AsciiLetterRun {
    /// The case bit of every byte: OR-ed in, it lower-cases ASCII letters.
    static let caseBits: UInt64 = 0x2020_2020_2020_2020
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The number (0...8) of leading bytes of `chunk` (first byte in the low bits) that are
    /// `a`–`z` or `A`–`Z`: the bytes for which `(byte | 0x20) &- 0x61 < 26`.
    @inline(__always)
    static func leadingLetters(_ chunk: UInt64) -> Int {
        // Each byte lower-cased and cut to seven bits, so adding below cannot carry into the next.
        let lowered = (chunk | caseBits) & lowSevenBits
        let atLeastA = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & highBits      // byte >= 0x61 "a"
        let pastZ = (lowered &+ 0x0505_0505_0505_0505) & highBits         // byte >= 0x7B, after "z"
        let letters = atLeastA & ~pastZ & ~(chunk & highBits)             // and not a non-ASCII byte
        return (~letters & highBits).trailingZeroBitCount >> 3
    }

    /// Feeds the ASCII letters from `index` into `hash` (lower-cased), eight bytes at a time while
    /// eight bytes remain, and moves `index` past them. Returns true when a byte that is not a
    /// letter ended the run, false when fewer than eight bytes were left to look at (the caller
    /// goes on byte by byte). Shared by the tokenizer and `CuePrefilter`, so both hash a word
    /// exactly as the lexicon's words were hashed.
    @inline(__always)
    static func hashLetters(_ base: UnsafePointer<UInt8>, count: Int, index: inout Int, hash: inout UInt64) -> Bool {
        while index &+ 8 <= count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let run = leadingLetters(chunk)
            var lowered = chunk | caseBits
            for _ in 0..<run {
                hash = WordHash.step(hash, UInt8(truncatingIfNeeded: lowered))
                lowered &>>= 8
            }
            index &+= run
            if run < 8 { return true }
        }
        return false
    }
}
