/// What a run tells about its advance, for whoever shows progress (the CLI draws a line on a
/// terminal). Called from worker threads; the library itself never writes to the terminal.
public protocol RunProgress: Sendable {
    /// The number of files, once the search has found them all.
    func filesFound(_ total: Int)
    /// One more file done (read, or linted).
    func fileDone()
    /// The run's files are all done.
    func finished()
}

/// Progress nobody watches.
public struct SilentProgress: RunProgress {
    public init() {}
    public func filesFound(_ total: Int) {}
    public func fileDone() {}
    public func finished() {}
}
