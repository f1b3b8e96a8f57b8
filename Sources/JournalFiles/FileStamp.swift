/// What says whether a file on disk changed since it was last seen: its identity (device and
/// inode), size and modification time (to the nanosecond). A caller that keeps what it made of a
/// file's bytes (a language server, between keystrokes) asks for the stamp instead of reading the
/// file again: equal stamps mean nothing was written in between.
public struct FileStamp: Hashable, Sendable {
    let identity: FileIdentity
    let size: Int
    let modificationTime: Int64

    /// The stamp of the file at `path` now (symbolic links followed); `nil` when it cannot be
    /// looked at. Take it before reading the file: a write after the stamp then shows as a
    /// different stamp next time, never as a stale one.
    public static func of(path: String) -> FileStamp? {
        guard case .success(let status) = FileStatus.of(path, followingSymbolicLinks: true) else { return nil }
        return FileStamp(identity: status.identity, size: status.size, modificationTime: status.modificationTime)
    }
}
