/// A leaf of an inline tree (text, code, HTML or a break), as `InlineList.forEachLeaf` reports it.
public struct InlineLeaf {
    public enum Kind: Sendable { case text, code, html, softBreak, lineBreak }

    public let kind: Kind
    /// `nil` for breaks, which cmark does not position.
    public let range: SourceRange?
    /// Where a text leaf's literal lies in the literal bytes of the list it was read from
    /// (`InlineList.withLiteralBytes`); empty for the other kinds. Offsets, not bytes: a reader
    /// may keep them while it holds the list, and reads the bytes through the list.
    public let literalOffsets: Range<Int>
    /// Whether the leaf is inside an image (its alt text), at any depth.
    public let isInsideImage: Bool

    @usableFromInline
    init(kind: Kind, range: SourceRange?, literalOffsets: Range<Int> = 0..<0, isInsideImage: Bool) {
        self.kind = kind
        self.range = range
        self.literalOffsets = literalOffsets
        self.isInsideImage = isInsideImage
    }
}

extension InlineList {
    /// Calls `body` with every leaf under the list in source order, containers walked depth
    /// first (iteratively: emphasis can nest deeply).
    ///
    /// For readers that look at every leaf of every paragraph (the journal builder): no
    /// `Inline` value is made, so a leaf costs no retain and release of the storage. Inlinable,
    /// so that the caller's `body` is inlined into the walk.
    ///
    /// Safety: `contents` stays valid while `self` holds the storage; records are read with
    /// bounds checks.
    @inlinable
    public func forEachLeaf(_ body: (InlineLeaf) throws -> Void) rethrows {
        let contents = storage.contents
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
                try body(InlineLeaf(kind: .text, range: record.range, literalOffsets: record.first..<(record.first + record.count),
                                    isInsideImage: inImage))
            case .code:
                try body(InlineLeaf(kind: .code, range: record.range, isInsideImage: inImage))
            case .html:
                try body(InlineLeaf(kind: .html, range: record.range, isInsideImage: inImage))
            case .softBreak:
                try body(InlineLeaf(kind: .softBreak, range: nil, isInsideImage: inImage))
            case .lineBreak:
                try body(InlineLeaf(kind: .lineBreak, range: nil, isInsideImage: inImage))
            case .emphasis, .strong, .link, .image, .customInline:
                suspended.append((next, end, inImage))
                (next, end) = (record.first, record.first + record.count)
                if record.kind == .image { inImage = true }
            }
        }
    }
}

extension InlineList {
    /// Calls `body` with all the literal bytes of the storage the list reads (a document's
    /// text literals, back to back), where `InlineLeaf.literalOffsets` point. A `Span`: the
    /// bytes cannot outlive the call, during which the list holds them.
    @inlinable
    public func withLiteralBytes<Result>(_ body: (Span<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(storage.literalBytes.span)
        }
    }
}
