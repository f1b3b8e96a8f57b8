/// The paragraphs of one document in which the detectors found nothing, remembered from one
/// analysis of it to the next. An editor's buffer is linted again after every edit, and an edit
/// changes a paragraph or two: the rest (nearly all of a large file's prose, where no thought,
/// ask or crisis wording is found) need not be tokenised and matched again. Only a paragraph's
/// text decides what the detectors find in it, so the same text is known quiet for as long as
/// the analyzer is the same; another analyzer (a new configuration) starts afresh. Positions are
/// never remembered: a paragraph that finds something is always scanned again.
public struct QuietProseMemory: Sendable {
    /// The analyzer that found these paragraphs quiet.
    var analyzer: ObjectIdentifier?
    /// Quiet in the last analysis.
    var known: Set<String> = []
    /// Quiet in this analysis so far: what is `known` once it ends, so that text no longer in
    /// the document is forgotten.
    var seen: Set<String> = []

    public init() {}

    init(analyzer: ObjectIdentifier, known: Set<String>) {
        self.analyzer = analyzer
        self.known = known
    }

    /// How many paragraphs are known quiet.
    public var count: Int { known.count }

    /// Starts an analysis by `analyzer`.
    mutating func begin(with analyzer: ObjectIdentifier) {
        if self.analyzer != analyzer {
            self.analyzer = analyzer
            known = []
        }
        seen = []
    }

    /// Ends the analysis: what it found quiet is what is known.
    mutating func end() {
        known = seen
        seen = []
    }
}
