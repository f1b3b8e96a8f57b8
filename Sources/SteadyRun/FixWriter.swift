import JournalFiles
import JournalLint

/// Writes fixed files atomically, under the contract in docs/fix-safety.md: each file is
/// replaced only if it still holds the bytes that were linted, keeps its owner, mode and extended
/// attributes or is left alone, and one file that cannot be written does not stop the others.
enum FixWriter {
    /// Applies each file's fixes and writes the files they change.
    static func apply(_ files: [FileFixes]) -> FixOutcome {
        let writer = AtomicFileWriter()
        var outcome = FixOutcome()
        var tidiedFolders: Set<String> = []
        for file in files {
            let fixed = FixApplier.apply(file.fixes, to: file.bytes)
            guard fixed != file.bytes else { continue }
            // Once per folder (not per file, which would list a large folder once per journal).
            let folder = LexicalPath.folder(of: file.path)
            if tidiedFolders.insert(folder).inserted { StaleTemporaryFiles.remove(inFolder: folder) }
            do {
                try writer.write(fixed, to: file.path, overwrite: .replaceExisting, replacing: file.bytes)
                outcome.written += 1
            } catch {
                outcome.failures.append(error)
            }
        }
        return outcome
    }
}

/// What writing a run's fixes did.
public struct FixOutcome: Sendable, Equatable {
    /// How many files were rewritten.
    public var written = 0
    /// The files that were not, each with why (in path order); every other file was still tried.
    public var failures: [JournalFileError] = []

    public init() {}
}
