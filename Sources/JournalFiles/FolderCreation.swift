#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `mkdir -p`: the folders a new file goes in (a hooks folder, `journal/2026/12/`).
public enum FolderCreation {
    /// Creates `path` and any missing parents. New folders get `0700` in `privateFolders` mode (a
    /// journal's folders are nobody else's business), else `0777` minus the umask.
    public static func makeFolders(_ path: String, privateFolders: Bool = false) throws(JournalFileError) {
        if path.isEmpty { return }
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, privateFolders ? 0o700 : 0o777) != 0 && errno != EEXIST {
                throw .writeFailed(path: path, reason: systemErrorReason(errno))
            }
        }
    }
}
