extension Finding {
    /// What a finding says. Each rule makes its messages with factories beside it
    /// (`extension Finding.Message { static func … }`), so the wording lives in one place and a
    /// message can take only the values the rule means it to name, never the writer's words.
    ///
    /// A message has two wordings: `text`, exact and stable, for machine formats (JSON, SARIF,
    /// GitHub) and their consumers; and `spoken`, for the person reading the text format, in the
    /// voice docs/voice.md describes. Without a spoken wording the text serves both.
    public struct Message: Sendable, Hashable, ExpressibleByStringLiteral {
        public let text: String
        /// The wording for people, when it differs from `text`.
        public let spoken: String?

        public init(_ text: String, spoken: String? = nil) {
            self.text = text
            self.spoken = spoken
        }

        public init(stringLiteral text: String) {
            self.text = text
            self.spoken = nil
        }

        /// What the text format shows.
        public var forPeople: String { spoken ?? text }
    }
}
