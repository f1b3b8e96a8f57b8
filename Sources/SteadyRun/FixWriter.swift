import JournalFiles
import JournalLint

/// Writes fixed files atomically, keeping their permissions.
enum FixWriter {
    /// Applies each file's fixes and writes the files they change; returns how many were written.
    static func apply(_ files: [FileFixes]) throws(JournalFileError) -> Int {
        let writer = AtomicFileWriter()
        var written = 0
        for file in files {
            let fixed = FixApplier.apply(file.fixes, to: file.bytes)
            guard fixed != file.bytes else { continue }
            try writer.write(fixed, to: file.path, overwrite: .replaceExisting)
            written += 1
        }
        return written
    }
}
