import JournalModel

/// The writer's own words from one entry, kept only when they asked for them in the report
/// (`--include-text`): the worst-case thoughts with whether each was examined, and the facts
/// and reframes written.
public struct EntryWords: Sendable, Hashable {
    /// The day the entry counts for.
    public let day: JournalDate
    /// The entry's clock time, `nil` without a time heading.
    public let time: TimeOfDay?
    public let thoughts: [Thought]
    /// `fact:` fields, as written.
    public let facts: [String]
    /// `reframe:` fields, as written.
    public let reframes: [String]

    public struct Thought: Sendable, Hashable {
        /// The sentence the thought was written in.
        public let sentence: String
        /// The detector's kind (`fortune-telling`).
        public let kind: String
        /// Whether the entry's evidence examined it.
        public let examined: Bool

        public init(sentence: String, kind: String, examined: Bool) {
            self.sentence = sentence
            self.kind = kind
            self.examined = examined
        }
    }

    public init(day: JournalDate, time: TimeOfDay?, thoughts: [Thought], facts: [String], reframes: [String]) {
        self.day = day
        self.time = time
        self.thoughts = thoughts
        self.facts = facts
        self.reframes = reframes
    }

    public var isEmpty: Bool { thoughts.isEmpty && facts.isEmpty && reframes.isEmpty }
}
