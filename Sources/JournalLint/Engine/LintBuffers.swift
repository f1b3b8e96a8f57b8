import JournalDetection

/// Scratch memory `LintEngine.lint` analyses entries into. A thread that lints file after file
/// passes the same one each time, so the detectors' token arrays are allocated once per thread
/// rather than once per file (a large run has tens of thousands of small files). What a file
/// leaves in it never affects the next file's findings.
public struct LintBuffers: Sendable {
    var tokens = EntryAnalysisBuffers()

    public init() {}
}
