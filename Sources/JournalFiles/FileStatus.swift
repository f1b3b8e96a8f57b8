#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat`/`lstat` says about a path, reduced to what the finder, reader and writer need.
struct FileStatus {
    enum Kind { case regularFile, folder, symbolicLink, other }

    /// The file type bits (`st_mode & S_IFMT`), from which `kind` and `specialKind` are read.
    private let type: mode_t
    /// Last modification, in nanoseconds since the epoch: part of what says a file changed.
    let modificationTime: Int64
    /// Device and inode: the identity of a file whatever the path that reached it.
    let identity: FileIdentity
    let size: Int
    /// Permission bits (`st_mode & 0o7777`).
    let permissions: mode_t
    let owner: uid_t
    let group: gid_t

    var kind: Kind {
        switch type {
        case S_IFREG: .regularFile
        case S_IFDIR: .folder
        case S_IFLNK: .symbolicLink
        default: .other
        }
    }

    /// For `.other`: what it is, for people ("a FIFO (named pipe)", "a character device").
    var specialKind: String? {
        switch type {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFREG, S_IFDIR, S_IFLNK: nil
        default: "a special file"
        }
    }

    init(_ info: stat) {
        type = info.st_mode & S_IFMT
        #if canImport(Darwin)
        modificationTime = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modificationTime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
        permissions = info.st_mode & 0o7777
        owner = info.st_uid
        group = info.st_gid
    }

    /// `stat` (following symbolic links) or `lstat`; the `errno` on failure.
    static func of(_ path: String, followingSymbolicLinks: Bool) -> Result<FileStatus, SystemError> {
        var info = stat()
        // `withCString` hands over a native string's own bytes; passing `path` as the argument
        // would copy them into a new array first.
        let result = path.withCString { followingSymbolicLinks ? stat($0, &info) : lstat($0, &info) }
        return result == 0 ? .success(FileStatus(info)) : .failure(SystemError(code: errno))
    }

    /// `fstatat` of a name in an open folder (following symbolic links, like `stat`, or not, like
    /// `lstat`): what a walk asks of each entry, without building the entry's path.
    static func of(_ name: UnsafePointer<CChar>, inFolder folder: Int32, followingSymbolicLinks: Bool) -> Result<FileStatus, SystemError> {
        var info = stat()
        let result = fstatat(folder, name, &info, followingSymbolicLinks ? 0 : AT_SYMLINK_NOFOLLOW)
        return result == 0 ? .success(FileStatus(info)) : .failure(SystemError(code: errno))
    }

    /// `fstat` on an open descriptor.
    static func of(descriptor: Int32) -> Result<FileStatus, SystemError> {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? .success(FileStatus(info)) : .failure(SystemError(code: errno))
    }
}

/// A file's identity on this machine: device and inode numbers.
///
/// The finder remembers the identities of folders it has walked, which is what stops a symbolic
/// link loop (`a/loop -> ..`) from being walked forever, and of files it has yielded, so that a
/// file reached by two paths is linted once.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
}

/// An `errno` value, kept as a value so it can travel in a `Result`.
struct SystemError: Error {
    let code: Int32
    var reason: String { systemErrorReason(code) }
}
