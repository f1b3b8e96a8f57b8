/// Why a journal file or folder could not be found, read or written.
///
/// Every case carries the path as the person gave it. The description says what went wrong,
/// where, and what to do, so the CLI can print it as it is. Which of these end the run, and with
/// what exit code, is the caller's decision.
public enum JournalFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A path given on the command line names nothing.
    case noSuchFileOrFolder(path: String)
    /// A folder exists but could not be listed.
    case unreadableFolder(path: String, reason: String)
    /// A file exists but could not be opened or read (permissions, a folder given as a file, EIO).
    case unreadableFile(path: String, reason: String)
    /// A symbolic link met while walking a folder points to nothing.
    case brokenSymbolicLink(path: String)
    /// The file has a NUL byte near its start, so it is almost certainly not text.
    case binary(path: String, nulByteOffset: Int)
    /// The file is larger than the reader's size limit.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The destination exists and the overwrite policy forbids replacing it.
    case destinationExists(path: String)
    /// The destination is a symbolic link; Steady does not write through links.
    case destinationIsSymbolicLink(path: String)
    /// The destination exists but is not a regular file (a folder, a device, a FIFO).
    case destinationNotRegularFile(path: String)
    /// Writing failed; nothing was changed at the destination.
    case writeFailed(path: String, reason: String)
    /// An empty path was given (often `"$DIR"` with `DIR` unset); it names nothing.
    case emptyPath
    /// The path names a FIFO, socket or device: never opened, so nothing can block or flood.
    case notARegularFile(path: String, kind: String)
    /// The file changed between the time Steady read it and the time it would have replaced it.
    case changedWhileFixing(path: String)
    /// The file has no write permission bits; Steady leaves it as it is.
    case readOnly(path: String)
    /// The file's owner or group cannot be kept on a rewritten copy (another account's file).
    case ownerCannotBeKept(path: String)
    /// A journal file or a folder whose name on disk is not valid UTF-8: Steady cannot name it in
    /// a path, so it is reported (shown with U+FFFD for the bad bytes) rather than passed over.
    case invalidName(path: String, isFolder: Bool)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .noSuchFileOrFolder(let path), .unreadableFolder(let path, _), .unreadableFile(let path, _),
             .brokenSymbolicLink(let path), .binary(let path, _), .tooLarge(let path, _, _),
             .destinationExists(let path), .destinationIsSymbolicLink(let path),
             .destinationNotRegularFile(let path), .writeFailed(let path, _), .notARegularFile(let path, _),
             .changedWhileFixing(let path), .readOnly(let path), .ownerCannotBeKept(let path),
             .invalidName(let path, _):
            path
        case .emptyPath:
            ""
        }
    }

    public var description: String {
        switch self {
        case .noSuchFileOrFolder(let path):
            "no such file or folder: \(path); check the spelling, or run from the folder the path is relative to"
        case .unreadableFolder(let path, let reason):
            "cannot list folder \(path): \(reason); check its permissions"
        case .unreadableFile(let path, let reason):
            "cannot read \(path): \(reason)"
        case .brokenSymbolicLink(let path):
            "\(path) is a symbolic link to nothing; skipped (fix or remove the link)"
        case .binary(let path, let offset):
            "\(path) looks like a binary file (NUL byte at offset \(offset)); skipped"
        case .tooLarge(let path, let size, let limit):
            "\(path) is \(formatByteCount(size)), larger than the limit of \(formatByteCount(limit)); skipped (split the file, or raise the limit)"
        case .destinationExists(let path):
            "\(path) already exists; not replaced (ask explicitly to overwrite it)"
        case .destinationIsSymbolicLink(let path):
            "\(path) is a symbolic link; Steady does not write through links (give the path of the real file)"
        case .destinationNotRegularFile(let path):
            "\(path) exists and is not a regular file (a folder, a device or a pipe); not replaced (give the path of a file)"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason); the original is unchanged"
        case .emptyPath:
            "an empty path (\"\") names no file or folder; give a path, or leave it out to use the current folder (is a variable unset?)"
        case .notARegularFile(let path, let kind):
            "\(path) is \(kind), not a journal file; skipped without opening it (Steady reads only regular files; give - to read standard input)"
        case .changedWhileFixing(let path):
            "\(path) changed while Steady was fixing it; left as it is now, with nothing lost (run lint --fix again)"
        case .readOnly(let path):
            "\(path) is read-only; Steady leaves it as it is (make it writable first if it should change)"
        case .ownerCannotBeKept(let path):
            "\(path) belongs to another account, whose ownership a rewritten copy could not keep; not rewritten (run Steady as its owner)"
        case .invalidName(let path, let isFolder):
            // The path shows U+FFFD where the name's bytes are not UTF-8.
            "\(path): the \(isFolder ? "folder's" : "file's") name is not valid UTF-8 (shown with \u{FFFD} where it is not), so Steady cannot open it\(isFolder ? " or the journals in it" : ""); rename it (for example with a file manager) and run again"
        }
    }
}

/// A byte count for people: `312 bytes`, `20.0 MiB`, `256 MiB` (binary units, as `ls -h`).
func formatByteCount(_ count: Int) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"]
    guard count >= 1024 else { return count == 1 ? "1 byte" : "\(count) bytes" }
    var value = Double(count) / 1024
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    let rounded = (value * 10).rounded() / 10
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return "\(text) \(units[unit])"
}
