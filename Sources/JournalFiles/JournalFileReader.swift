#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a journal file, or standard input, whole, and classifies what it read.
///
/// - A regular file is read with one `read` call into the returned array, one byte larger than
///   the size `fstat` gave: when that call returns exactly that size, the end is reached (a file
///   that grew fills the extra byte and is read on; one that shrank is read until `read` says 0).
/// - A FIFO, socket or device named as a file is refused by its type before it is opened (a FIFO
///   would block the open, `/dev/zero` would never end); only standard input may be a pipe.
/// - An empty path is refused (`JournalFileError.emptyPath`), never resolved to a folder.
/// - An empty file is fine: it is a journal with nothing in it yet.
/// - A NUL byte in the first 8 KiB means the file is not text (`JournalFileError.binary`); the same
///   test as `git` and `grep` use, so a stray image or database named `.md` is skipped, not parsed.
///   (Unless `detectsBinaryFiles` is off: a configuration file is handed to its parser as it is.)
/// - Invalid UTF-8 is not an error: the bytes are returned as they are, because refusing the file
///   would hide everything else the person wrote. Whoever reads them as text repairs them and
///   reports where the invalid bytes are (`RepairedUTF8` in MarkdownSyntax).
/// - Files larger than `sizeLimit` are refused before a byte is read (for regular files) or as soon
///   as the limit is passed (for pipes), so a mistaken path to a disk image cannot exhaust memory.
public struct JournalFileReader: Sendable {
    /// 256 MiB: far above any journal (years of daily writing is a few MB), far below memory.
    public static let defaultSizeLimit = 256 * 1024 * 1024
    /// How many leading bytes are searched for a NUL byte.
    public static let binaryProbeLength = 8 * 1024

    /// The largest file, in bytes, that will be read.
    public var sizeLimit: Int
    /// The folder relative paths are resolved against; the process's when `nil`.
    public var currentDirectory: String?
    /// Whether a NUL byte among the first `binaryProbeLength` bytes makes the file `.binary`.
    public var detectsBinaryFiles = true
    /// Where `.standardInput` is read from; tests hand it a pipe of their own.
    var standardInputDescriptor: Int32 = STDIN_FILENO

    /// - Parameters:
    ///   - sizeLimit: the largest file, in bytes, that will be read.
    ///   - currentDirectory: the folder relative paths are resolved against; the process's by default.
    public init(sizeLimit: Int = JournalFileReader.defaultSizeLimit, currentDirectory: String? = nil) {
        self.sizeLimit = sizeLimit
        self.currentDirectory = currentDirectory
    }

    /// Reads a source whole.
    /// - Throws: `JournalFileError.unreadableFile` (with the OS reason), `.tooLarge` or `.binary`.
    public func read(_ source: JournalSource) throws(JournalFileError) -> JournalFileContents {
        let name = source.description
        let bytes: [UInt8]
        switch source {
        case .standardInput:
            bytes = try readAll(from: standardInputDescriptor, name: name, refusingSpecialFiles: false)
        case .file(let path):
            if path.isEmpty { throw .emptyPath }
            let fsPath = if let currentDirectory, !path.hasPrefix("/") { currentDirectory + "/" + path } else { path }
            // FIFOs, sockets and devices are refused by type before they are opened: opening a
            // FIFO blocks until someone writes, and `/dev/zero` never ends.
            if case .success(let status) = FileStatus.of(fsPath, followingSymbolicLinks: true), let kind = status.specialKind {
                throw .notARegularFile(path: path, kind: kind)
            }
            // `withCString` hands over a native string's own bytes; passing `fsPath` as the
            // argument would copy them into a new array first. `O_NONBLOCK` (no effect on a
            // regular file) keeps a FIFO swapped in after the check from blocking the open.
            let descriptor = fsPath.withCString { fsPath in
                retryingOnInterrupt { open(fsPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
            }
            guard descriptor >= 0 else {
                let code = errno
                if code == ENOENT { throw .noSuchFileOrFolder(path: path) }
                throw .unreadableFile(path: path, reason: systemErrorReason(code))
            }
            defer { close(descriptor) }
            bytes = try readAll(from: descriptor, name: name, refusingSpecialFiles: true)
        }
        if detectsBinaryFiles, let nul = firstNulByte(in: bytes, within: Self.binaryProbeLength) {
            throw .binary(path: name, nulByteOffset: nul)
        }
        return JournalFileContents(source: source, bytes: bytes)
    }

    /// Reads until end of file. Regular files are sized first; pipes and terminals grow the buffer.
    private func readAll(from descriptor: Int32, name: String, refusingSpecialFiles: Bool) throws(JournalFileError) -> [UInt8] {
        let status: FileStatus
        switch FileStatus.of(descriptor: descriptor) {
        case .success(let found): status = found
        case .failure(let error): throw .unreadableFile(path: name, reason: error.reason)
        }
        if status.kind == .folder {
            throw .unreadableFile(path: name, reason: "it is a folder, not a file")
        }
        if refusingSpecialFiles, let kind = status.specialKind {
            throw .notARegularFile(path: name, kind: kind)
        }
        if status.kind == .regularFile && status.size > sizeLimit {
            throw .tooLarge(path: name, size: status.size, limit: sizeLimit)
        }
        // One byte more than expected, so that a file that grew is noticed rather than cut short,
        // and never more than one byte past the limit: that byte is how "too large" is noticed.
        // Bytes are read straight into the array that is returned (a journal of a megabyte is
        // not copied a second time); a file that outgrows it continues in one twice the size.
        var capacity = min(status.kind == .regularFile ? status.size + 1 : 64 * 1024, sizeLimit + 1)
        var bytes: [UInt8] = []
        while true {
            var failure: Int32?
            var reachedEnd = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var count = previous.count
                if count > 0 {
                    previous.withUnsafeBufferPointer { buffer.baseAddress!.initialize(from: $0.baseAddress!, count: count) }
                }
                let room = min(buffer.count, capacity)  // the array may come with more than asked for
                while count < room {
                    let readCount = retryingOnInterrupt { systemRead(descriptor, buffer.baseAddress! + count, room - count) }
                    if readCount < 0 {
                        failure = errno
                        break
                    }
                    if readCount == 0 {
                        reachedEnd = true
                        break
                    }
                    count += readCount
                    // A regular file that gave, short of the room asked for, exactly the size
                    // `fstat` reported is at its end: asking again only to hear 0 costs a system
                    // call per file.
                    if status.kind == .regularFile && count == status.size && count < room {
                        reachedEnd = true
                        break
                    }
                }
                initialized = count
            }
            if let failure { throw .unreadableFile(path: name, reason: systemErrorReason(failure)) }
            if bytes.count > sizeLimit {
                throw .tooLarge(path: name, size: max(bytes.count, status.size), limit: sizeLimit)
            }
            if reachedEnd { return bytes }
            capacity = min(capacity * 2, sizeLimit + 1)
        }
    }
}

/// The offset of the first NUL byte among the first `limit` bytes, found with `memchr`.
private func firstNulByte(in bytes: [UInt8], within limit: Int) -> Int? {
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
        guard let found = memchr(base, 0, min(limit, buffer.count)) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}

/// `read(2)`, named apart from `JournalFileReader.read(_:)`, which hides it inside the type.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Repeats a system call interrupted by a signal (`EINTR`), as every careful reader of files must.
func retryingOnInterrupt<Result: BinaryInteger>(_ call: () -> Result) -> Result {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}
