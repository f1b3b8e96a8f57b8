/// Where one run of a large input read a run at a time (`MarkdownParser.parseInRuns`) lies in
/// it: enough for a reader that remembers runs between readings (an editor's buffer, read again
/// after every keystroke) to know a run it has read before by its bytes, and how far it moved.
public struct InputRun: Sendable, Hashable {
    /// The run's bytes in the input: from the input's first byte for the first run (its front
    /// matter included), else from the heading line that starts it, up to the next run's.
    public let bytes: Range<Int>
    /// How many lines of the input come before `bytes` (0 for the first run).
    public let linesBefore: Int
    /// Whether the run is the input's last: what follows the last line of any other run is a
    /// heading, and of the last run nothing.
    public let isLast: Bool

    public init(bytes: Range<Int>, linesBefore: Int, isLast: Bool) {
        self.bytes = bytes
        self.linesBefore = linesBefore
        self.isLast = isLast
    }

    /// Whether the run is the input's first (it holds the front matter, if any).
    public var isFirst: Bool { bytes.lowerBound == 0 }
}
