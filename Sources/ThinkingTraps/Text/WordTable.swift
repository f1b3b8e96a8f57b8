/// An open-addressing map from word hash to a small integer. It is the one lookup done for
/// every word of every journal, so it avoids `Dictionary`'s per-lookup SipHash.
///
/// A key's first slot is the top bits of its product with an odd constant (Fibonacci hashing):
/// the top bits of a product depend on every bit of the key, so keys that differ only in their
/// high bytes (`WordHash` of a short word is little more than its bytes; `ClassTable` keys put
/// the class in the high half) still spread over the table.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// 64 minus log2 of the capacity: the product's bits that index a slot. At most 60, as the
    /// capacity is at least 16 (a shift by 64 would be taken as a shift by 0 and leave the slot
    /// out of range).
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 64) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func firstSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The value stored for `hash`, or -1. Read through buffer pointers: a slot is always in
    /// range (the top bits of the product, or wrapped by `mask`), and the array bounds checks
    /// were a fair share of a look-up done for every word.
    @inline(__always)
    func value(for hash: UInt64) -> Int32 {
        values.withUnsafeBufferPointer { values in
            keys.withUnsafeBufferPointer { keys in
                var slot = firstSlot(hash)
                while true {
                    let value = values[slot]
                    if value < 0 { return -1 }
                    if keys[slot] == hash { return value }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    mutating func insert(_ value: Int32, for hash: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = firstSlot(hash)
        while values[slot] >= 0 {
            if keys[slot] == hash { values[slot] = value; return }
            slot = (slot &+ 1) & mask
        }
        keys[slot] = hash
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift = UInt64(64 - keys.count.trailingZeroBitCount)
        count = 0
        for index in oldKeys.indices where oldValues[index] >= 0 {
            insert(oldValues[index], for: oldKeys[index])
        }
    }
}
