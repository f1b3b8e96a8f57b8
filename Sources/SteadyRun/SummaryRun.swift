import JournalAnalysis
import JournalDetection
import JournalFiles
import JournalLint
import JournalModel
import WorkSharing

/// One reading of journal files for a summary: each file into its entries' digests (not its
/// tree), in parallel, in the order the files are found.
///
/// The summary is one report over all files: the configuration of the first path (or the
/// current folder), its anchor, sets the day boundary, the reassurance limit and the detector's
/// phrases. Files are read while the folders are searched, which needs that configuration
/// before the search: it is looked up ahead on a resolver of its own, so configuration problems
/// are still met in the search's order. When that look-up fails, or the configuration turns out
/// to differ, the files are read again after the search.
public struct SummaryRun {
    public let input: RunInput
    public let configurations: ConfigurationResolver
    public let jobs: Int

    public init(input: RunInput, configurations: ConfigurationResolver, jobs: Int) {
        self.input = input
        self.configurations = configurations
        self.jobs = JobCount.bounded(jobs)
    }

    /// The first path given, or the current folder: its configuration is the summary's.
    public var anchor: String { input.paths.first ?? "." }

    /// What a reading found.
    public struct Outcome: Sendable {
        /// The digests of every entry read, file by file in the order found.
        public let digests: [EntryDigest]
        /// The summary's options under the anchor's configuration.
        public let options: SummaryOptions
        /// The files that could not be read, in the order found.
        public let unreadableFiles: [JournalFileError]
        /// Whether some path could not be searched.
        public let searchFailed: Bool
    }

    /// Reads every file. Throws when a configuration in use has problems.
    /// - Parameters:
    ///   - anchorIsFolder: whether `anchor` is a folder.
    ///   - options: the summary's options under a configuration.
    ///   - progress: told of each file read.
    ///   - searchFinished: given the search's outcome as soon as it is over, on the calling thread.
    public func execute(anchorIsFolder: Bool, options: (LintConfiguration) -> SummaryOptions,
                        progress: some RunProgress = SilentProgress(),
                        searchFinished: (JournalFileSearch) -> Void = { _ in }) throws(ConfigurationProblems) -> Outcome {
        let anchor = self.anchor
        let scouted = (try? ConfigurationResolver(explicitPath: configurations.explicitPath))?
            .scout(forFileAt: anchor, isFolder: anchorIsFolder)
        let scoutedSettings = scouted.map { ReadSettings($0, options: options) }
        var found: [JournalSource] = []
        var searchFailed = false
        var perFile = readDigests(scoutedSettings, progress: progress) { handOver in
            let search = input.findSources(ignoring: configurations.ignorePredicate()) { source in
                handOver(source)
            }
            searchFinished(search)
            (found, searchFailed) = (search.sources, !search.errors.isEmpty)
            progress.filesFound(found.count)
        }
        let configuration = configurations.configuration(forFileAt: anchor, isFolder: anchorIsFolder)
        try configurations.checkProblems()
        let settings: ReadSettings
        if let scoutedSettings, configuration == scouted {
            settings = scoutedSettings
        } else {
            settings = ReadSettings(configuration, options: options)
            let sources = found
            perFile = readDigests(settings, progress: progress) { handOver in sources.forEach(handOver) }
        }
        progress.finished()
        // One array of exactly the digests' count, each file's array released as it is copied in:
        // appended to a growing array, a large journal's digests were held up to three times over
        // (the file arrays, the old and the doubled storage), most of a summary's peak memory.
        var digests: [EntryDigest] = []
        digests.reserveCapacity(perFile.reduce(0) { count, result in
            if case .success(let found) = result { count + found.count } else { count }
        })
        var unreadable: [JournalFileError] = []
        for index in perFile.indices {
            var result = Result<[EntryDigest], JournalFileError>.success([])
            swap(&result, &perFile[index])
            switch consume result {
            case .success(let found): digests += found
            case .failure(let error): unreadable.append(error)
            }
        }
        perFile = []
        return Outcome(digests: digests, options: settings.options, unreadableFiles: unreadable, searchFailed: searchFailed)
    }

    /// What reading a file needs: the summary's options and the detector.
    private struct ReadSettings: Sendable {
        let options: SummaryOptions
        let insights: DetectorInsightProvider

        /// The symbols that start a tag, in the summary's configuration.
        let tagPrefixes: TagPrefixes
        init(_ configuration: LintConfiguration, options: (LintConfiguration) -> SummaryOptions) {
            let options = options(configuration)
            self.options = options
            tagPrefixes = configuration.tagPrefixes
            insights = DetectorInsightProvider(analyzer: configuration.makeAnalyzer(), includeSentences: options.includeText)
        }
    }

    /// Reads the files `produce` hands over in parallel, each into its entries' digests, in the
    /// order handed over. Without settings, `produce` only runs.
    private func readDigests(_ settings: ReadSettings?, progress: some RunProgress,
                             produce: (_ handOver: (JournalSource) -> Void) -> Void) -> [Result<[EntryDigest], JournalFileError>] {
        guard let settings else {
            produce { _ in }
            return []
        }
        let loader = JournalLoader(parseWorkers: jobs)
        let input = self.input
        return pipelineMap(jobs: jobs, produce: produce) { source, _, _ -> Result<[EntryDigest], JournalFileError> in
            defer { progress.fileDone() }
            // A large file is read a run of days at a time (`JournalDayRuns`): a digest is of one
            // entry, so the runs' digests one after another are the whole file's.
            var digests: [EntryDigest] = []
            let loaded = loader.load(source, displayPath: input.displayPath(of: source), tagPrefixes: settings.tagPrefixes,
                                     dayStartsAt: settings.options.dayStartsAt) { run in
                digests += SummaryBuilder.digests(of: run, options: settings.options, insights: settings.insights)
                return true
            }
            switch loaded {
            case .failed(let error): return .failure(error)
            case .inRuns: return .success(digests)
            case .journal(let journal, _):
                return .success(SummaryBuilder.digests(of: journal, options: settings.options, insights: settings.insights))
            }
        }
    }
}
