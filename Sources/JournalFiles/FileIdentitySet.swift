/// A set of file identities, for the finder's "seen this folder or file already?" questions.
///
/// The finder asks once per file it includes; `Set<FileIdentity>` hashed each identity with
/// SipHash, which cost more than the rest of deciding about the file. Device and inode numbers
/// are not chosen by an adversary, so a multiplicative hash and linear probing in a table kept at
/// most half full do.
struct FileIdentitySet {
    /// The slots; `nil` is empty. The count is a power of two.
    private var slots: [FileIdentity?] = Array(repeating: nil, count: 16)
    /// How many identities are held.
    private(set) var count = 0

    /// Adds an identity.
    /// - Returns: `true` if it was not in the set yet.
    mutating func insert(_ identity: FileIdentity) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { slots in
            Self.insert(identity, into: slots)
        }
        if inserted { count += 1 }
        return inserted
    }

    /// Whether an identity is in the set.
    func contains(_ identity: FileIdentity) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var index = Self.slot(of: identity, among: slots.count)
            while let held = slots[index] {
                if held == identity { return true }
                index = (index + 1) & (slots.count - 1)
            }
            return false
        }
    }

    private mutating func grow() {
        var larger = [FileIdentity?](repeating: nil, count: slots.count * 2)
        larger.withUnsafeMutableBufferPointer { larger in
            for case let identity? in slots { _ = Self.insert(identity, into: larger) }
        }
        slots = larger
    }

    /// Linear probing from the identity's home slot; the table always has an empty slot.
    private static func insert(_ identity: FileIdentity, into slots: UnsafeMutableBufferPointer<FileIdentity?>) -> Bool {
        var index = slot(of: identity, among: slots.count)
        while let held = slots[index] {
            if held == identity { return false }
            index = (index + 1) & (slots.count - 1)
        }
        slots[index] = identity
        return true
    }

    /// The home slot: the high bits of the inode and device mixed by multiplication (Fibonacci
    /// hashing), so consecutive inode numbers spread over the table.
    private static func slot(of identity: FileIdentity, among slotCount: Int) -> Int {
        let mixed = (identity.inode &+ identity.device &* 0x9E37_79B9) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - slotCount.trailingZeroBitCount))
    }
}
