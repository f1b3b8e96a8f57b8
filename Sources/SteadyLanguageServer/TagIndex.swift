import Foundation
import JournalFiles
import JournalModel
import SteadyRun
import Synchronization

/// The tags used anywhere in the workspace's journal, for completion after `#`: collected once, on
/// a background thread, so `initialize` answers at once however large the journal is. Until it is
/// done, completion offers the tags of the open files (the server adds those itself).
final class TagIndex: Sendable {
    /// More distinct tags than this are not kept: a completion list that long helps no one.
    static let maximumCount = 5_000
    private let tags = Mutex<Set<String>>([])

    var known: Set<String> { tags.withLock { $0 } }

    /// Starts reading every journal file under `root` that `steady lint root` would read
    /// (ignore globs of the configuration in force included).
    func start(root: String) {
        let thread = Thread { [self] in
            // Without an explicit configuration file the resolver cannot fail to start.
            guard let configurations = try? ConfigurationResolver() else { return }
            let finder = JournalFileFinder(shouldIgnore: configurations.ignorePredicate())
            let reader = JournalFileReader()
            _ = finder.find([root]) { source in
                guard let contents = try? reader.read(source) else { return }
                let journal = JournalBuilder.build(bytes: contents.bytes, path: source.description)
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
}
