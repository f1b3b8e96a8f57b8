/// A block of memory holding the literals of many text nodes back to back.
///
/// A journal has tens of thousands of text nodes; giving each literal a `String` of its own
/// cost an allocation, a UTF-8 validation and a free per node, and most literals are only ever
/// copied into the prose of their paragraph. The copier instead writes them into a few large
/// chunks, and each `Text` keeps its chunk alive and knows where its bytes are.
///
/// `@unchecked Sendable`: the bytes are written only by the `LiteralWriter` that created the
/// chunk, while the copier runs and before any `Text` referring to them is returned; from then
/// on they are only read.
@usableFromInline
final class LiteralChunk: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// A chunk holding exactly `bytes`.
    convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(capacity: bytes.count)
        if let source = bytes.baseAddress, !bytes.isEmpty {
            base.initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
    }

    deinit {
        base.deallocate()
    }
}

/// Appends literals to chunks, starting a new chunk when one is full.
struct LiteralWriter {
    private var chunk: LiteralChunk
    private var used = 0
    /// The size of every chunk (a literal longer than this gets its own): small enough to come
    /// from the heap rather than a mapping of its own, whose pages would be faulted in afresh.
    private static let chunkSize = 32 * 1024

    /// `expectedBytes`: about how many bytes the literals will take (the source's size is a
    /// good guess); a small document gets one chunk of about that size.
    init(expectedBytes: Int) {
        chunk = LiteralChunk(capacity: min(max(expectedBytes, 256), Self.chunkSize))
    }

    /// Copies `bytes` in and returns where they are.
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> (chunk: LiteralChunk, offset: Int) {
        if used + bytes.count > chunk.capacity {
            chunk = LiteralChunk(capacity: max(Self.chunkSize, bytes.count))
            used = 0
        }
        let offset = used
        if let source = bytes.baseAddress, !bytes.isEmpty {
            (chunk.base + offset).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        used += bytes.count
        return (chunk, offset)
    }
}
