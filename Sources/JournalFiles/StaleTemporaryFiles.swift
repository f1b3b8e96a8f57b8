#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary copies `AtomicFileWriter` makes (`.NAME.steady-SUFFIX.tmp`), and the removal of
/// ones a killed run left behind.
///
/// A leftover is a whole copy of a journal; removing it loses nothing (the journal itself holds
/// either the old or the new content). Only a name that matches the pattern exactly is touched:
/// a leading dot, a journal file name (`.md` or `.markdown`), `.steady-`, 1 to 13 characters of
/// `0-9a-z` (a random `UInt64` in base 36), `.tmp`. And only when it is a regular file (not a
/// link), owned by the process's user, and last modified more than `minimumAge` seconds ago: a
/// younger one may belong to another Steady writing at this moment.
public enum StaleTemporaryFiles {
    /// Ten minutes: far longer than writing any journal takes, short enough to tidy the next run.
    public static let minimumAge: Int64 = 10 * 60

    /// The temporary name for a destination's file name.
    static func name(for base: String, suffix: String) -> String {
        ".\(base).steady-\(suffix).tmp"
    }

    /// Whether `name` is exactly one of the names `name(for:suffix:)` makes for a journal file.
    public static func matches(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let marker = Array(".steady-".utf8), tail = Array(".tmp".utf8)
        guard bytes.count > 1 + marker.count + tail.count, bytes[0] == UInt8(ascii: "."),
              bytes.suffix(tail.count).elementsEqual(tail) else { return false }
        let inner = bytes[1..<(bytes.count - tail.count)]
        // The suffix is the part after the last `.steady-` (a journal's own name may hold one).
        guard let markerStart = stride(from: inner.endIndex - marker.count, through: inner.startIndex, by: -1)
            .first(where: { inner[$0..<($0 + marker.count)].elementsEqual(marker) }) else { return false }
        let base = inner[inner.startIndex..<markerStart]
        let suffix = inner[(markerStart + marker.count)...]
        guard (1...13).contains(suffix.count),
              suffix.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) })
        else { return false }
        return !base.isEmpty && JournalFileFinder.hasJournalExtension(String(decoding: base, as: UTF8.self))
    }

    /// Removes stale temporary files in `folder`; returns how many. Best effort: a folder that
    /// cannot be listed, or a file that cannot be removed, is left as it is.
    @discardableResult
    public static func remove(inFolder folder: String, now: Int64? = nil) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        let now = now ?? Int64(time(nil))
        var candidates: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if matches(name) { candidates.append(name) }
        }
        var removed = 0
        for name in candidates {
            guard case .success(let status) = FileStatus.of(name, inFolder: descriptor, followingSymbolicLinks: false),
                  status.kind == .regularFile, status.owner == geteuid(),
                  now - status.modificationTime / 1_000_000_000 > minimumAge
            else { continue }
            if unlinkat(descriptor, name, 0) == 0 { removed += 1 }
        }
        return removed
    }
}
