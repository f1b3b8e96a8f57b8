import JournalDetection

/// Scratch memory `LintEngine.lint` analyses entries into. A thread that lints file after file
/// passes the same one each time, so the detectors' token arrays are allocated once per thread
/// rather than once per file (a large run has tens of thousands of small files). What a file
/// leaves in it never affects the next file's findings.
public struct LintBuffers: Sendable {
    var tokens = EntryAnalysisBuffers()
    /// How many threads may analyse one large file's entries at once (see
    /// `EntryAnalyzer.analyze(_:reusing:workers:sourceBytes:)`); 1 keeps a run on its own thread.
    public var analysisWorkers: Int

    public init(analysisWorkers: Int = 1) {
        self.analysisWorkers = max(1, analysisWorkers)
    }

    /// The quiet paragraphs of the document linted with these buffers, for a caller that lints
    /// the same document again and again (see `QuietProseMemory`); nil (the default) remembers none.
    public var quietProse: QuietProseMemory? {
        get { tokens.quietProse }
        set { tokens.quietProse = newValue }
    }
}
