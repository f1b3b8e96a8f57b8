import JournalFiles
import JournalModel
import MarkdownSyntax

/// Reads one journal source and builds its model; read errors come back as values so a bad file
/// does not stop the others.
public struct JournalLoader: Sendable {
    let reader = JournalFileReader()
    /// Where the Markdown tree goes once the model is built.
    let treeRelease: KeepUntilExit
    /// How many threads may parse one large file (`MarkdownParser.parse(_:workers:)`).
    let parseWorkers: Int
    /// Which folders are in an Obsidian vault (`temp:: red` is then a Dataview field, not a slip).
    let vaults = ObsidianVaults()

    /// - Parameter parseWorkers: how many threads may parse one large file at once; a run's jobs.
    public init(parseWorkers: Int = 1) {
        self.init(treeRelease: .never, parseWorkers: parseWorkers)
    }

    init(treeRelease: KeepUntilExit, parseWorkers: Int = 1) {
        self.treeRelease = treeRelease
        self.parseWorkers = max(1, parseWorkers)
    }

    public enum Loaded: Sendable {
        case journal(Journal, bytes: [UInt8])
        case failed(JournalFileError)
    }

    /// - Parameter tagPrefixes: the symbols that start a tag in the configuration in force.
    public func load(_ source: JournalSource, displayPath: String, tagPrefixes: TagPrefixes = .default) -> Loaded {
        do {
            let contents = try reader.read(source)
            return .journal(build(contents.bytes, displayPath: displayPath, tagPrefixes: tagPrefixes), bytes: contents.bytes)
        } catch {
            return .failed(error)
        }
    }

    public enum LoadedInRuns: Sendable {
        /// The file was read a run of days at a time: every run went to `eachRun`.
        case inRuns(bytes: [UInt8])
        /// The file was read whole.
        case journal(Journal, bytes: [UInt8])
        case failed(JournalFileError)
    }

    /// `load(_:displayPath:tagPrefixes:)` for a reader that can take a file a run of days at a
    /// time (`JournalDayRuns`): a large file that can be cut into days goes to `eachRun` run by
    /// run, so that one run's tree and model are in memory at a time, not the whole file's. When
    /// `eachRun` returns false (the runs cannot stand for the whole file: `JournalDayRuns.Continuity`),
    /// the file is read whole after all, and the caller drops what it made of the runs.
    public func load(_ source: JournalSource, displayPath: String, tagPrefixes: TagPrefixes = .default, dayStartsAt: TimeOfDay,
                     inDayRuns eachRun: (Journal) -> Bool) -> LoadedInRuns {
        do {
            let bytes = try read(source)
            guard let journal = build(bytes, displayPath: displayPath, tagPrefixes: tagPrefixes, dayStartsAt: dayStartsAt, inDayRuns: eachRun) else {
                return .inRuns(bytes: bytes)
            }
            return .journal(journal, bytes: bytes)
        } catch {
            return .failed(error)
        }
    }

    /// The bytes of `source`, for `build(_:displayPath:tagPrefixes:dayStartsAt:inDayRuns:)`.
    public func read(_ source: JournalSource) throws(JournalFileError) -> [UInt8] {
        try reader.read(source).bytes
    }

    /// The journal of `bytes` (the file at `displayPath`) for a reader that can take it a run
    /// of days at a time: `nil` when every run went to `eachRun` (see
    /// `load(_:displayPath:tagPrefixes:dayStartsAt:inDayRuns:)`), else the whole file's journal.
    public func build(_ bytes: [UInt8], displayPath: String, tagPrefixes: TagPrefixes = .default, dayStartsAt: TimeOfDay,
                      inDayRuns eachRun: (Journal) -> Bool) -> Journal? {
        // Most files are small: read whole, with no question asked of their folders here.
        if bytes.count >= JournalDayRuns.minimumSize,
           JournalDayRuns.build(bytes, path: displayPath, tagPrefixes: tagPrefixes, readsInlineFields: vaults.contains(file: displayPath),
                                dayStartsAt: dayStartsAt, eachRun) == .built {
            return nil
        }
        return build(bytes, displayPath: displayPath, tagPrefixes: tagPrefixes)
    }

    /// The journal of bytes already in memory (an editor's buffer), parsed as a file's are.
    public func build(_ bytes: [UInt8], displayPath: String, tagPrefixes: TagPrefixes = .default) -> Journal {
        let document = MarkdownParser.parse(bytes, workers: parseWorkers)
        let journal = JournalBuilder.build(document, path: displayPath, tagPrefixes: tagPrefixes,
                                           readsInlineFields: vaults.contains(file: displayPath))
        treeRelease.release(document, ofFileBytes: bytes.count)
        return journal
    }
}
