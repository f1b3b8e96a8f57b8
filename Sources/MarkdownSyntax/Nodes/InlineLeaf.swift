/// A leaf of an inline tree (text, code, HTML or a break), as `InlineList.forEachLeaf` reports it.
public struct InlineLeaf {
    public enum Kind: Sendable { case text, code, html, softBreak, lineBreak }

    public let kind: Kind
    /// `nil` for breaks, which cmark does not position.
    public let range: SourceRange?
    /// A text leaf's literal bytes (empty for the other kinds), valid only while the list it was
    /// read from, or the document holding it, is alive.
    public let unsafeLiteralUTF8: UnsafeBufferPointer<UInt8>
    /// Whether the leaf is inside an image (its alt text), at any depth.
    public let isInsideImage: Bool

    @usableFromInline
    init(kind: Kind, range: SourceRange?, unsafeLiteralUTF8: UnsafeBufferPointer<UInt8>, isInsideImage: Bool) {
        self.kind = kind
        self.range = range
        self.unsafeLiteralUTF8 = unsafeLiteralUTF8
        self.isInsideImage = isInsideImage
    }
}

extension InlineList {
    /// Calls `body` with every leaf under the list in source order, containers walked depth
    /// first (iteratively: emphasis can nest deeply).
    ///
    /// For readers that look at every leaf of every paragraph (the journal builder): no
    /// `Inline` value is made, so a leaf costs no retain and release of the storage. Inlinable,
    /// so that the caller's `body` is inlined into the walk rather than called through a
    /// closure context for every leaf.
    ///
    /// Safety: `contents` stays valid while `self` holds the storage; records are read with
    /// bounds checks, and a text record's literal (`first`, `count`) lies within the literal
    /// bytes, where `LiteralBuffer.append` put it.
    @inlinable
    public func forEachLeaf(_ body: (InlineLeaf) throws -> Void) rethrows {
        let contents = storage.contents
        let literalBase = contents.pointee.literalBase
        var next = start
        var end = start + count
        var inImage = false
        // The containers being walked: where to resume after each. Empty (so never allocated)
        // for the usual paragraph of text and breaks.
        var suspended: [(next: Int, end: Int, inImage: Bool)] = []
        while true {
            guard next < end else {
                guard let resumed = suspended.popLast() else { return }
                (next, end, inImage) = resumed
                continue
            }
            let record = contents.pointee.records[next]
            next += 1
            switch record.kind {
            case .text:
                try body(InlineLeaf(kind: .text, range: record.range,
                                    unsafeLiteralUTF8: UnsafeBufferPointer(start: literalBase.map { $0 + record.first }, count: record.count),
                                    isInsideImage: inImage))
            case .code:
                try body(InlineLeaf(kind: .code, range: record.range, unsafeLiteralUTF8: UnsafeBufferPointer(start: nil, count: 0), isInsideImage: inImage))
            case .html:
                try body(InlineLeaf(kind: .html, range: record.range, unsafeLiteralUTF8: UnsafeBufferPointer(start: nil, count: 0), isInsideImage: inImage))
            case .softBreak:
                try body(InlineLeaf(kind: .softBreak, range: nil, unsafeLiteralUTF8: UnsafeBufferPointer(start: nil, count: 0), isInsideImage: inImage))
            case .lineBreak:
                try body(InlineLeaf(kind: .lineBreak, range: nil, unsafeLiteralUTF8: UnsafeBufferPointer(start: nil, count: 0), isInsideImage: inImage))
            case .emphasis, .strong, .link, .image, .customInline:
                suspended.append((next, end, inImage))
                (next, end) = (record.first, record.first + record.count)
                if record.kind == .image { inImage = true }
            }
        }
    }
}
