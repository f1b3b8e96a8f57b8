public struct DocumentSymbol: Codable, Sendable, Hashable {
    public var name: String
    public var detail: String?
    /// 3 namespace (a day), 24 event (an entry).
    public var kind: Int
    public var range: TextRange
    public var selectionRange: TextRange
    public var children: [DocumentSymbol]?

    public init(name: String, detail: String? = nil, kind: Int, range: TextRange, selectionRange: TextRange, children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}
