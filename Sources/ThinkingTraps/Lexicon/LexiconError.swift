/// A line of the lexicon, or a user-supplied cue, that cannot be compiled.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let message: String
    public var description: String { "lexicon line \(line): \(message)" }
}
