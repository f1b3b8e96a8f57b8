/// FNV-1a over a word's normalised bytes. Words are compared by this hash alone: with 64 bits
/// the chance that a journal word collides with one of the lexicon's few thousand words is
/// negligible, and it lets the tokenizer skip building a `String` per word.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    static func of(_ word: String) -> UInt64 { of(word.utf8) }
}
