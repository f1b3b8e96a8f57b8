/// Text literals written back to back into one growing buffer, handed to an `InlineStorage`
/// when the document is copied (no `Text` reads it before, so it may move while it grows).
struct LiteralBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity: Int
    private(set) var count = 0

    /// `capacity`: about how many bytes the literals will take (the source's size is a good
    /// guess: escapes and entities only rarely make a literal longer than its source).
    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        base = capacity > 0 ? UnsafeMutablePointer<UInt8>.allocate(capacity: capacity) : nil
    }

    deinit {
        base?.deallocate()
    }

    /// Copies `bytes` in and returns their offset.
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int {
        let offset = count
        if base == nil || count + bytes.count > capacity {
            let grown = max(capacity * 2, count + bytes.count, 16)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            if let base {
                moved.initialize(from: base, count: count)
                base.deallocate()
            }
            base = moved
            capacity = grown
        }
        if let source = bytes.baseAddress, !bytes.isEmpty, let base {
            (base + count).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        count += bytes.count
        return offset
    }

    /// Hands the buffer over (the caller deallocates it); the buffer is empty afterwards.
    mutating func takeBase() -> UnsafeMutablePointer<UInt8>? {
        let taken = base
        base = nil
        count = 0
        return taken
    }
}
