import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JournalFiles
import JournalModel
import SteadyRun
import Synchronization

/// The tags used in the journal, for completion after `#`: read once per journal folder, on a
/// background thread, so no request waits for it. Until it is done, completion offers the tags of
/// the open files (the server adds those itself).
///
/// Which folder is the journal: the folder of the nearest `.steady.yml` above an open file (the
/// writer has said that is their journal), read to any depth as `steady lint` reads it (ignore
/// globs included); without one, only the open file's own folder, so a file opened in a home
/// folder never sets off a walk of the whole home.
final class TagIndex: Sendable {
    /// More distinct tags than this are not kept: a completion list that long helps no one.
    static let maximumCount = 5_000
    /// More files than this are not read for tags.
    static let maximumFiles = 20_000
    private let tags = Mutex<Set<String>>([])
    /// The folders indexed or being indexed, with whether to any depth.
    private let folders = Mutex<[String: Bool]>([:])

    var known: Set<String> { tags.withLock { $0 } }

    /// Reads the tags of the journal files in `folder` (to any depth with `recursive`), once.
    func index(folder: String, recursive: Bool) {
        let isNew = folders.withLock { folders in
            // Covered already: by a read of the same folder as deep, or of a folder above it to any depth.
            let covered = folders.contains { known, deep in
                known == folder ? deep || !recursive : deep && LexicalPath.relative(folder, to: known) != nil
            }
            if !covered { folders[folder] = recursive }
            return !covered
        }
        guard isNew else { return }
        let thread = Thread { [self] in
            Self.yieldToOtherWork()
            var sources: [JournalSource] = []
            // Without an explicit configuration file the resolver cannot fail to start.
            guard let configurations = try? ConfigurationResolver() else { return }
            if recursive {
                let finder = JournalFileFinder(shouldIgnore: configurations.ignorePredicate())
                _ = finder.find([folder]) { source in if sources.count < Self.maximumFiles { sources.append(source) } }
            } else {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                sources = names.filter(JournalFileFinder.hasJournalExtension).sorted().prefix(Self.maximumFiles)
                    .map { .file(path: LexicalPath.appending($0, to: folder)) }
            }
            let reader = JournalFileReader()
            for source in sources {
                guard let contents = try? reader.read(source) else { continue }
                let tagPrefixes = configurations.configuration(forFileAt: source.path).tagPrefixes
                let journal = JournalBuilder.build(bytes: contents.bytes, path: source.description, tagPrefixes: tagPrefixes)
                var names = Set<String>()
                for entry in journal.entries { names.formUnion(entry.tagNames) }
                tags.withLock { tags in
                    for name in names where tags.count < Self.maximumCount { tags.insert(name) }
                }
            }
        }
        thread.qualityOfService = .background
        thread.start()
    }

    /// Gives the calling thread the lowest priority (nice 19), so reading a large journal never
    /// slows the lint the writer is waiting for. Foundation's `qualityOfService` does not do this
    /// on Linux. There the nice value belongs to each thread, and `setpriority` with `who` 0 sets
    /// the calling thread's alone (man 7 sched, "The nice value").
    private static func yieldToOtherWork() {
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }
}
