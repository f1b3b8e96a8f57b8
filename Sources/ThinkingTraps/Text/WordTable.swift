/// An open-addressing map from word hash to a small integer. It is the one lookup done for
/// every word of every journal, so it avoids `Dictionary`'s per-lookup SipHash.
///
/// A key's first slot is the top bits of its product with an odd constant (Fibonacci hashing):
/// the top bits of a product depend on every bit of the key, so keys that differ only in their
/// high bytes (`WordHash` of a short word is little more than its bytes; `ClassTable` keys put
/// the class in the high half) still spread over the table.
///
/// A key and its value share a slot (16 bytes), so a look-up that misses the cache misses it
/// once, not once in a key array and again in a value array: the tables of the vocabulary and
/// the word model are larger than the first-level cache, and the look-ups of the model's words
/// and pairs were memory-bound (docs/benchmarks.md).
struct WordTable: Sendable {
    private struct Slot {
        var key: UInt64
        /// -1 for an empty slot.
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    /// 64 minus log2 of the capacity: the product's bits that index a slot. At most 60, as the
    /// capacity is at least 16 (a shift by 64 would be taken as a shift by 0 and leave the slot
    /// out of range).
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 64) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func firstSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The value stored for `hash`, or -1. Read through a buffer pointer: a slot is always in
    /// range (the top bits of the product, or wrapped by `mask`), and the array bounds checks
    /// were a fair share of a look-up done for every word.
    @inline(__always)
    func value(for hash: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var index = firstSlot(hash)
            while true {
                let slot = slots[index]
                if slot.value < 0 { return -1 }
                if slot.key == hash { return slot.value }
                index = (index &+ 1) & mask
            }
        }
    }

    mutating func insert(_ value: Int32, for hash: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        var index = firstSlot(hash)
        while slots[index].value >= 0 {
            if slots[index].key == hash { slots[index].value = value; return }
            index = (index &+ 1) & mask
        }
        slots[index] = Slot(key: hash, value: value)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: -1), count: old.count * 2)
        mask = slots.count - 1
        shift = UInt64(64 - slots.count.trailingZeroBitCount)
        count = 0
        for slot in old where slot.value >= 0 {
            insert(slot.value, for: slot.key)
        }
    }
}
