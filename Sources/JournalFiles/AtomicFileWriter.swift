#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that, whatever happens, the path holds either the old content or the new,
/// never a mix, never nothing.
///
/// How: the bytes go to a new temporary file in the destination's own folder (so the final
/// `rename` stays on one file system and is atomic), created with `O_EXCL | O_NOFOLLOW` under an
/// unguessable name, given the destination's permissions, `fsync`ed, and then renamed over the
/// destination; the folder is `fsync`ed last so the rename itself survives a power cut. On any
/// failure the temporary file is removed and the destination is untouched.
///
/// Choices worth knowing:
/// - **Symbolic links are refused** as destinations (`JournalFileError.destinationIsSymbolicLink`).
///   Writing through the link would change a file somewhere other than the path the person gave;
///   replacing the link with a regular file would silently cut the link. Either could lose or leak
///   words, so neither happens; the message asks for the real file's path. Links among the *parent*
///   folders are followed: the person typed that path, and a journal folder that is a link into a
///   synced folder is common. (Even if a link appears between the check and the rename, `rename`
///   replaces the link itself and never writes through it.)
/// - **Existing files keep their permissions, owner, group and extended attributes**, or are not
///   rewritten: a file of another account (unless the process is root), a group the process cannot
///   give the copy, and a read-only file (no write bit) are refused before a byte is written.
///   The temporary copy is created with owner bits only, so even one left by a kill is never
///   readable by more people than the destination.
/// - **With the original bytes given**, the destination is re-read just before the rename and left
///   alone if it changed (see `write(_:to:overwrite:replacing:)`); a change in the microseconds
///   between that check and `rename` cannot be seen (POSIX has no compare-and-rename).
/// - **New files get `0600`** (owner read/write only), not `0644` minus the umask: a journal about
///   one's fears should not become readable by other accounts on the machine because of a default
///   umask of 022. People who want to share a file can `chmod` it, and later rewrites keep that.
/// - **Hard links**: a rewrite gives the path a new inode, so other hard links to the old file keep
///   the old content (nothing is lost; they are no longer the same file).
/// - With `OverwritePolicy.never`, the temporary file is published with `link(2)`, which fails if
///   the destination appeared in the meantime, so an existing file is never replaced by a race.
public struct AtomicFileWriter: Sendable {
    /// Whether an existing destination may be replaced.
    public enum OverwritePolicy: Sendable, Hashable {
        /// Refuse if the destination exists (`JournalFileError.destinationExists`).
        case never
        /// Replace an existing regular file.
        case replaceExisting
    }

    /// The permissions of files that did not exist before: owner read and write only.
    public static let newFilePermissions: mode_t = 0o600

    /// The folder relative paths are resolved against; the process's when `nil`.
    public var currentDirectory: String?

    /// For tests only: when set, publishing the temporary file fails with this `errno`, which
    /// exercises the clean-up path even as root (for whom a read-only folder is no obstacle).
    var simulatedPublishFailure: Int32?
    /// For tests only: the effective user to check ownership for (the tests run as root, who
    /// owns everything it makes).
    var simulatedUserID: uid_t?
    /// For tests only: giving the copy the file's owner and group fails, as `fchown` does for
    /// anyone but root giving a file away (or to a group they are not in).
    var simulatedOwnershipFailure = false
    /// For tests only: runs between writing the copy and checking the destination is unchanged,
    /// standing in for an editor that saves at that moment.
    var simulatedChangeBeforeRename: (@Sendable () -> Void)?

    /// - Parameter currentDirectory: the folder relative paths are resolved against.
    public init(currentDirectory: String? = nil) {
        self.currentDirectory = currentDirectory
    }

    /// Replaces (or creates) the file at `path` with `bytes`, atomically.
    /// - Parameters:
    ///   - bytes: the complete new content.
    ///   - path: the destination, as the person gave it.
    ///   - overwrite: whether an existing file may be replaced.
    ///   - original: when given, the bytes the new content was made from: the destination is
    ///     replaced only if, just before the rename, it is still the same file (device, inode,
    ///     size, modification time) holding exactly these bytes; else `.changedWhileFixing`.
    /// - Throws: `JournalFileError.destinationExists`, `.destinationIsSymbolicLink`,
    ///   `.destinationNotRegularFile`, `.emptyPath`, `.readOnly`, `.ownerCannotBeKept`,
    ///   `.changedWhileFixing` or `.writeFailed` (with the OS reason); the destination is then unchanged.
    public func write(_ bytes: [UInt8], to path: String, overwrite: OverwritePolicy, replacing original: [UInt8]? = nil)
        throws(JournalFileError)
    {
        if path.isEmpty { throw .emptyPath }
        let fsPath = path.hasPrefix("/") || currentDirectory == nil ? path : currentDirectory! + "/" + path
        let existing: FileStatus?
        switch FileStatus.of(fsPath, followingSymbolicLinks: false) {
        case .success(let status):
            switch status.kind {
            case .symbolicLink: throw .destinationIsSymbolicLink(path: path)
            case .folder, .other: throw .destinationNotRegularFile(path: path)
            case .regularFile: break
            }
            if overwrite == .never { throw .destinationExists(path: path) }
            // A file nobody may write is one its owner chose to freeze; root could, but does not.
            if status.permissions & 0o222 == 0 { throw .readOnly(path: path) }
            // Only root can give the new copy another account's ownership; anyone else would
            // make the file theirs, so they do not rewrite it.
            if status.owner != userID && userID != 0 { throw .ownerCannotBeKept(path: path) }
            existing = status
        case .failure(let error) where error.code == ENOENT:
            if original != nil { throw .changedWhileFixing(path: path) }
            existing = nil
        case .failure(let error):
            throw .writeFailed(path: path, reason: error.reason)
        }

        let folder = LexicalPath.folder(of: fsPath)
        // Owner bits only until ownership is settled: the copy is never readable by anyone the
        // destination does not let read it, even if the process dies here and leaves it behind.
        let creationPermissions = existing.map { $0.permissions & 0o700 | 0o600 } ?? Self.newFilePermissions
        let (temporaryPath, descriptor) = try createTemporaryFile(in: folder, for: fsPath, reportingAs: path,
                                                                  permissions: creationPermissions)
        var isOpen = true
        do throws(JournalFileError) {
            try writeAll(bytes, to: descriptor, path: path)
            if existing != nil { try ExtendedAttributes.copy(from: fsPath, to: descriptor, reportingAs: path) }
            try applyOwnershipAndPermissions(of: existing, to: descriptor, path: path)
            if fsync(descriptor) != 0 { throw .writeFailed(path: path, reason: systemErrorReason(errno)) }
            isOpen = false
            if close(descriptor) != 0 { throw .writeFailed(path: path, reason: systemErrorReason(errno)) }
            if let original, let existing {
                try checkUnchanged(fsPath, reportingAs: path, status: existing, bytes: original)
            }
            try publish(temporaryPath, as: fsPath, reportingAs: path, overwrite: overwrite)
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporaryPath)
            throw error
        }
        synchronizeFolder(folder)
    }

    /// The effective user the ownership checks are made for; tests may pretend to be another.
    var userID: uid_t { simulatedUserID ?? geteuid() }

    /// Throws `.changedWhileFixing` unless `fsPath` is still the file `status` describes, with
    /// exactly `bytes` in it. Read again rather than trusted to size and time alone: an editor can
    /// save the same number of bytes within the file system's timestamp granularity.
    private func checkUnchanged(_ fsPath: String, reportingAs path: String, status: FileStatus, bytes: [UInt8])
        throws(JournalFileError)
    {
        if let simulatedChange = simulatedChangeBeforeRename { simulatedChange() }
        let descriptor = retryingOnInterrupt { open(fsPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY) }
        guard descriptor >= 0 else { throw .changedWhileFixing(path: path) }
        defer { close(descriptor) }
        guard case .success(let now) = FileStatus.of(descriptor: descriptor), now.kind == .regularFile,
              now.identity == status.identity, now.size == bytes.count, now.modificationTime == status.modificationTime
        else { throw .changedWhileFixing(path: path) }
        var current = [UInt8](repeating: 0, count: bytes.count + 1)
        var count = 0
        while count < current.count {
            let readCount = current.withUnsafeMutableBytes { buffer in
                retryingOnInterrupt { systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            }
            if readCount < 0 { throw .changedWhileFixing(path: path) }
            if readCount == 0 { break }
            count += readCount
        }
        guard count == bytes.count, current.prefix(count).elementsEqual(bytes) else { throw .changedWhileFixing(path: path) }
    }

    /// Creates `.NAME.steady-RANDOM.tmp` beside the destination: hidden, so the finder and editors
    /// ignore it; unique and `O_EXCL`, so nothing else's file is ever opened or clobbered.
    private func createTemporaryFile(in folder: String, for fsPath: String, reportingAs path: String, permissions: mode_t)
        throws(JournalFileError) -> (String, Int32)
    {
        // Keep the name well under the usual 255-byte limit however long the destination's name is.
        let base = String(decoding: LexicalPath.lastComponent(of: fsPath).utf8.prefix(120), as: UTF8.self)
        var lastError: Int32 = EEXIST
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporaryPath = LexicalPath.appending(StaleTemporaryFiles.name(for: base, suffix: suffix), to: folder == "." ? "./" : folder)
            let descriptor = retryingOnInterrupt {
                open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, permissions)
            }
            if descriptor >= 0 { return (temporaryPath, descriptor) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw .writeFailed(path: path, reason: "cannot create a temporary file in \(folder): \(systemErrorReason(lastError))")
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(JournalFileError) {
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = retryingOnInterrupt {
                    systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if let failure { throw .writeFailed(path: path, reason: systemErrorReason(failure)) }
    }

    private func applyOwnershipAndPermissions(of existing: FileStatus?, to descriptor: Int32, path: String)
        throws(JournalFileError)
    {
        var permissions = Self.newFilePermissions
        if let existing {
            permissions = existing.permissions
            // Owner and group are kept, or the file is not rewritten: a copy with another
            // group (or owner) would change who may read someone's journal.
            let isOthers = existing.owner != userID || existing.group != getegid()
            if simulatedOwnershipFailure || isOthers && fchown(descriptor, existing.owner, existing.group) != 0 {
                throw .ownerCannotBeKept(path: path)
            }
        }
        // After fchown, which may clear set-id bits; fchmod is not subject to the umask.
        if fchmod(descriptor, permissions) != 0 {
            throw .writeFailed(path: path, reason: systemErrorReason(errno))
        }
    }

    /// Moves the finished temporary file to the destination.
    private func publish(_ temporaryPath: String, as fsPath: String, reportingAs path: String, overwrite: OverwritePolicy)
        throws(JournalFileError)
    {
        if let simulated = simulatedPublishFailure {
            throw .writeFailed(path: path, reason: systemErrorReason(simulated))
        }
        if overwrite == .never {
            if link(temporaryPath, fsPath) == 0 {
                unlink(temporaryPath)
                return
            }
            let code = errno
            if code == EEXIST { throw .destinationExists(path: path) }
            // File systems without hard links (some network and FAT mounts): check, then rename.
            if case .success = FileStatus.of(fsPath, followingSymbolicLinks: false) {
                throw .destinationExists(path: path)
            }
        }
        if rename(temporaryPath, fsPath) != 0 {
            throw .writeFailed(path: path, reason: systemErrorReason(errno))
        }
    }

    /// `fsync`s the folder so the new name is on disk too; best effort, as some file systems refuse it.
    private func synchronizeFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// `write(2)`, named apart from `AtomicFileWriter.write(_:to:overwrite:)`, which hides it inside the type.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
