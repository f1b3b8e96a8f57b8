/// A word's identity: a 64-bit hash of its normalised bytes. Words are compared by this hash
/// alone, so the tokenizer builds no `String` per word: short words cannot collide (below), and
/// the chance that a longer journal word meets one of the lexicon's few thousand words is
/// negligible.
///
/// The bytes are taken eight at a time (a *lane*, first byte in the low bits), so the tokenizer
/// hashes a run of letters it has read as one `UInt64`, where FNV-1a needed a multiply per byte
/// (a serial chain, most of the cost of reading a word). Full lanes are folded in as they fill,
/// each mixed through the whole state (`absorb`), so that the next lane meets bits that depend
/// on every byte so far. The last, partial lane (0–7 bytes) carries the word's length in its
/// free top byte and is only XOR-ed in (`finish`): words that share their full lanes differ
/// there, and words that do not differ in a well-mixed state. So two different words of up to
/// seven bytes (nearly every word read) never share a hash: their hash is the seed XOR their
/// bytes and length, unmixed. Nor do two words of exactly eight bytes (`absorb` is a bijection).
/// Any other two words (a short one and a long one included) collide only by chance.
/// `WordTable` spreads these unmixed values itself (its slot is the top of a product).
/// `WordHasher` computes the same value from bytes given in any pieces.
enum WordHash {
    /// The state before any lane (FNV-1a's offset basis, kept from the first version of this
    /// hash: any constant would do).
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let laneMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let mixMultiplier: UInt64 = 0xD6E8_FEB8_6659_FD93

    /// Folds a full lane into `hash`, every input bit reaching every output bit (a
    /// multiply-xorshift finaliser; each step is a bijection).
    @inline(__always)
    static func absorb(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        var mixed = (hash ^ lane) &* laneMultiplier
        mixed ^= mixed &>> 32
        mixed = mixed &* mixMultiplier
        return mixed ^ (mixed &>> 29)
    }

    /// The hash of a word of `length` bytes whose full lanes are folded into `hash` and whose
    /// last `length % 8` bytes are `lane` (the bytes above them zero).
    @inline(__always)
    static func finish(_ hash: UInt64, lane: UInt64, length: Int) -> UInt64 {
        hash ^ lane ^ UInt64(truncatingIfNeeded: length) &<< 56
    }

    /// The hash of contiguous bytes: full lanes loaded whole, the rest byte by byte.
    static func of(buffer bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var folded = seed
        var index = 0
        if let base = bytes.baseAddress {
            while index &+ 8 <= bytes.count {
                folded = absorb(folded, UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                index &+= 8
            }
        }
        var lane: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            lane |= UInt64(bytes[index]) &<< shift
            shift &+= 8
            index &+= 1
        }
        return finish(folded, lane: lane, length: bytes.count)
    }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        if let hash = bytes.withContiguousStorageIfAvailable(of(buffer:)) { return hash }
        var hasher = WordHasher()
        for byte in bytes { hasher.append(byte) }
        return hasher.value
    }

    static func of(_ word: String) -> UInt64 { of(word.utf8) }
}
