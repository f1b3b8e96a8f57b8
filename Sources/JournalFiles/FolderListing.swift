#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The visible entries of one folder, sorted by the bytes of their names, each with what `stat`
/// says about it: what the finder's walk needs to decide, entry by entry, what to include.
///
/// Made for speed, because a walk looks at every file of a journal folder (tens of thousands):
/// - names stay bytes, laid end to end in one buffer, not one `String` each;
/// - they are sorted by their first 16 bytes read as two integers (names in a journal folder
///   usually differ there), with `memcmp` only for what is left;
/// - each entry is `stat`ed relative to the open folder (`fstatat`), so no path is built for a
///   file the walk only looks at, and the kernel does not walk the folder's path again.
/// The folder is closed before the walk goes on into subfolders: one descriptor at a time,
/// however deep the tree.
struct FolderListing {
    /// One visible entry.
    struct Entry {
        /// Where the name starts in `names`; a NUL byte follows it.
        let start: Int
        /// The name's length in bytes, without the NUL.
        let count: Int
        /// `stat` (following symbolic links) of the entry.
        let status: Result<FileStatus, SystemError>
        /// Whether `lstat` says the entry is a symbolic link. Asked only when `stat` failed for
        /// a name with a journal extension: that is when the walk reports a broken link.
        let isSymbolicLink: Bool
        /// Whether the name on disk is not valid UTF-8 and was repaired (U+FFFD for the bad
        /// bytes): the repaired name finds nothing, so the walk reports it rather than skip it.
        /// `status` is then that of the name on disk, so the walk knows a folder from a file.
        var nameWasRepaired = false
    }

    /// Every visible name, as bytes, each followed by a NUL byte.
    private(set) var names: [UInt8] = []
    /// The visible entries (names not starting with `.`), sorted by their names' bytes.
    private(set) var entries: [Entry] = []

    /// Lists a folder.
    /// - Parameter fsPath: the folder's path as given to the kernel.
    /// - Returns: the listing, or the `errno` of `opendir` or `readdir`.
    static func read(_ fsPath: String) -> Result<FolderListing, SystemError> {
        guard let folder = opendir(fsPath) else { return .failure(SystemError(code: errno)) }
        defer { closedir(folder) }
        var listing = FolderListing()
        var spans: [(start: Int, count: Int)] = []
        // The names on disk (NUL-terminated) of the entries whose shown names were repaired:
        // they are what `fstatat` must be asked about.
        var namesOnDisk: [Int: [UInt8]] = [:]
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { return .failure(SystemError(code: errno)) }
                break
            }
            withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { name in
                    // `readdir` NUL-terminates `d_name` within the entry (as `String(cString:)`
                    // relied on before): `strlen` stops inside it.
                    let count = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
                    let bytes = UnsafeBufferPointer(start: name, count: count)
                    guard !isHidden(bytes) else { return }  // also "." and ".."
                    let start = listing.names.count
                    if bytes.allSatisfy({ $0 < 0x80 }) {
                        listing.names.append(contentsOf: bytes)
                    } else {
                        // As `String(cString:)` would: invalid UTF-8 is repaired, and the repaired
                        // name is the one sorted, shown and asked about (which then finds nothing).
                        let repaired = String(decoding: bytes, as: UTF8.self).utf8
                        if !repaired.elementsEqual(bytes) { namesOnDisk[spans.count] = Array(bytes) + [0] }
                        listing.names.append(contentsOf: repaired)
                    }
                    spans.append((start, listing.names.count - start))
                    listing.names.append(0)
                }
            }
        }
        let order = sortedByBytes(spans, in: listing.names)
        let descriptor = dirfd(folder)
        listing.entries.reserveCapacity(order.count)
        listing.names.withUnsafeBufferPointer { names in
            for index in order {
                let (start, count) = spans[index]
                // A C string in place: every name is followed by the NUL appended above, and
                // holds none itself (`strlen` ended it; repairing adds no NUL).
                let name = UnsafeRawPointer(names.baseAddress! + start).assumingMemoryBound(to: CChar.self)
                let status = namesOnDisk[index].map { onDisk in
                    onDisk.withUnsafeBufferPointer { bytes in
                        bytes.withMemoryRebound(to: CChar.self) {
                            FileStatus.of($0.baseAddress!, inFolder: descriptor, followingSymbolicLinks: true)
                        }
                    }
                } ?? FileStatus.of(name, inFolder: descriptor, followingSymbolicLinks: true)
                var isSymbolicLink = false
                if case .failure = status,
                   JournalFileFinder.hasJournalExtension(UnsafeBufferPointer(rebasing: names[start..<(start + count)])),
                   case .success(let link) = FileStatus.of(name, inFolder: descriptor, followingSymbolicLinks: false) {
                    isSymbolicLink = link.kind == .symbolicLink
                }
                listing.entries.append(Entry(start: start, count: count, status: status, isSymbolicLink: isSymbolicLink,
                                             nameWasRepaired: namesOnDisk[index] != nil))
            }
        }
        return .success(listing)
    }

    /// Calls `body` with the bytes of an entry's name.
    func withName<Result>(of entry: Entry, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        names.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.start..<(entry.start + entry.count)])) }
    }

    /// An entry's name as a string.
    func name(of entry: Entry) -> String {
        withName(of: entry) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a name starts with `.` as `String.hasPrefix(".")` sees it: by `Character`, so a
    /// dot that a combining mark joins is not a leading dot. Decided on the bytes unless the
    /// dot is followed by a non-ASCII byte.
    static func isHidden(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = name.first, first == UInt8(ascii: ".") else { return false }
        guard name.count > 1, name[1] >= 0x80 else { return true }
        return String(decoding: name, as: UTF8.self).hasPrefix(".")
    }
}

/// The indices of `spans` in the order of the bytes they cover in `bytes` (a name that is a
/// prefix of another comes first). Each name's first 16 bytes are read once as two big-endian
/// integers, zero-padded (names hold no NUL bytes, so padding sorts before any byte), and
/// compared as such; `memcmp` looks at the rest only when those are equal.
private func sortedByBytes(_ spans: [(start: Int, count: Int)], in bytes: [UInt8]) -> [Int] {
    guard spans.count > 1 else { return Array(spans.indices) }
    struct Key {
        let high: UInt64
        let low: UInt64
        let index: Int
    }
    return bytes.withUnsafeBufferPointer { buffer in
        let base = buffer.baseAddress!
        /// Up to eight bytes from `start`, never past the name's `count` bytes, zero-padded.
        func word(_ start: Int, _ count: Int) -> UInt64 {
            var value: UInt64 = 0
            for offset in 0..<8 {
                value <<= 8
                if offset < count { value |= UInt64(base[start + offset]) }
            }
            return value
        }
        var keys = spans.indices.map { index in
            let (start, count) = spans[index]
            return Key(high: word(start, count), low: count > 8 ? word(start + 8, count - 8) : 0, index: index)
        }
        keys.sort { lhs, rhs in
            if lhs.high != rhs.high { return lhs.high < rhs.high }
            if lhs.low != rhs.low { return lhs.low < rhs.low }
            let lhsSpan = spans[lhs.index], rhsSpan = spans[rhs.index]
            let common = min(lhsSpan.count, rhsSpan.count)
            // Both names are longer than 16 bytes here, so `memcmp` reads within each.
            if common > 16 {
                let order = memcmp(base + lhsSpan.start + 16, base + rhsSpan.start + 16, common - 16)
                if order != 0 { return order < 0 }
            }
            return lhsSpan.count < rhsSpan.count
        }
        return keys.map(\.index)
    }
}
