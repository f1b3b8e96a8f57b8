extension Finding {
    /// What a finding says. Each rule makes its messages with factories beside it
    /// (`extension Finding.Message { static func … }`), so the wording lives in one place and a
    /// message can take only the values the rule means it to name, never the writer's words.
    public struct Message: Sendable, Hashable, ExpressibleByStringLiteral {
        public let text: String

        public init(_ text: String) {
            self.text = text
        }

        public init(stringLiteral text: String) {
            self.text = text
        }
    }
}
