public struct CompletionItem: Codable, Sendable, Hashable {
    public var label: String
    /// 14 keyword, 12 value, 15 snippet, 1 text, 18 reference.
    public var kind: Int
    public var detail: String?
    public var documentation: String?
    public var sortText: String?
    public var filterText: String?
    public var textEdit: TextEdit?

    public init(label: String, kind: Int, detail: String? = nil, documentation: String? = nil, sortText: String? = nil,
                filterText: String? = nil, textEdit: TextEdit? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.textEdit = textEdit
    }
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }
}
