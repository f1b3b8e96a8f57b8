/// `WordHash` of a word whose bytes arrive in pieces: a byte at a time, or up to eight bytes
/// packed in a `UInt64` (as `AsciiLetterRun` reads them). Any split gives the same `value`.
struct WordHasher {
    /// The full lanes folded so far.
    private var folded = WordHash.seed
    /// The bytes after the last full lane: `length % 8` of them, low byte first.
    private var lane: UInt64 = 0
    /// The number of bytes appended.
    private(set) var length = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        lane |= UInt64(byte) &<< UInt64((length & 7) &* 8)
        length &+= 1
        if length & 7 == 0 {
            folded = WordHash.absorb(folded, lane)
            lane = 0
        }
    }

    /// Appends the low `count` bytes of `bytes` (0...8 of them; the bytes above must be zero).
    @inline(__always)
    mutating func append(_ bytes: UInt64, count: Int) {
        let filled = length & 7
        lane |= bytes &<< UInt64(filled &* 8)
        length &+= count
        if filled &+ count >= 8 {
            folded = WordHash.absorb(folded, lane)
            // The bytes that did not fit (none when the lane was empty: shifted out in two steps,
            // as a shift by 64 would keep them all).
            lane = (bytes &>> 8) &>> UInt64((7 &- filled) &* 8)
        }
    }

    /// Appends the ASCII letters from `index` (lower-cased) as `AsciiLetterRun.hashLetters`
    /// does, when the lane is empty (a word's first letters): every chunk then starts a lane, so
    /// eight letters are folded in whole and the first shorter run becomes the lane, with no
    /// shifting into a partial lane.
    @inline(__always)
    mutating func appendLetters(_ base: UnsafePointer<UInt8>, count: Int, index: inout Int) -> Bool {
        var folded = self.folded
        let start = index
        while index &+ 8 <= count {
            let letters = AsciiLetterRun.leadingLetterBytes(AsciiLetterRun.load(base + index))
            index &+= letters.count
            if letters.count < 8 {
                self.folded = folded
                lane = letters.bytes
                length &+= index &- start
                return true
            }
            folded = WordHash.absorb(folded, letters.bytes)
        }
        self.folded = folded
        if let tail = AsciiLetterRun.tail(base, count: count, at: index) {
            let letters = AsciiLetterRun.leadingLetterBytes(tail)
            index &+= letters.count
            lane = letters.bytes
            length &+= index &- start
            return true
        }
        length &+= index &- start
        return false
    }

    /// No bytes waiting for a full lane (true for an empty word).
    var laneIsEmpty: Bool { length & 7 == 0 }

    var value: UInt64 { WordHash.finish(folded, lane: lane, length: length) }
}
