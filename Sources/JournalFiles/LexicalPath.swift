#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on strings, without asking the file system.
///
/// Ignore patterns are matched against paths made absolute this way (`..` removed by text), so
/// that a pattern in a configuration file means the same folder whether the person ran Steady from
/// the journal's folder or from elsewhere. Opening files never uses these normalised paths: the
/// kernel resolves `..` after symbolic links, and that is the path the person meant.
public enum LexicalPath {
    /// Makes `path` absolute by joining it to `base` when relative, then removes `.`, `..` and
    /// repeated `/` by text. `..` at the root stays at the root.
    /// Works on the UTF-8 bytes (`/` and `.` are never part of another character; the kernel
    /// splits paths at every `/` byte too): splitting into `Character`s cost tens of thousands
    /// of instructions for a path, asked for every journal file.
    public static func absolute(_ path: String, relativeTo base: String) -> String {
        var joined = path.utf8.first == slashByte ? path : base + "/" + path
        return joined.withUTF8 { bytes in
            // Where each kept component starts and ends.
            var parts: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != slashByte { end += 1 }
                let length = end - start
                if length == 0 || (length == 1 && bytes[start] == UInt8(ascii: ".")) {
                    // An empty component (repeated `/`) or `.`: nothing.
                } else if length == 2, bytes[start] == UInt8(ascii: "."), bytes[start + 1] == UInt8(ascii: ".") {
                    if !parts.isEmpty { parts.removeLast() }
                } else {
                    parts.append(start..<end)
                }
                start = end + 1
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 1)
            if parts.isEmpty { result.append(slashByte) }
            for part in parts {
                result.append(slashByte)
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[part]))
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The path of `path` relative to `folder` (both absolute and normalised), or `nil` when
    /// `path` is not inside `folder`. A path equal to the folder is `""`.
    public static func relative(_ path: String, to folder: String) -> String? {
        if folder == "/" { return String(path.dropFirst()) }
        if path == folder { return "" }
        guard path.hasPrefix(folder + "/") else { return nil }
        return String(path.dropFirst(folder.count + 1))
    }

    /// The folder part of a path: `a/b.md` → `a`, `b.md` → `.`, `/b.md` → `/`.
    /// Works on the UTF-8 bytes (`/` is never part of another character): the CLI asks this for
    /// every journal file, and the `Character` view cost more than the rest of the lookup.
    public static func folder(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            let end = endTrimmingTrailingSlashes(bytes)
            guard let slash = bytes[..<end].lastIndex(of: slashByte) else { return "." }
            if slash == 0 { return "/" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }
    }

    /// Whether `folder(of: path)` would be exactly `folder` (byte for byte), found without making
    /// the folder's string: asked for every journal file to reuse the last folder's lookup.
    public static func isFolder(_ folder: String, of path: String) -> Bool {
        // `withContiguousStorageIfAvailable` reads native strings in place (`withUTF8` needs a
        // mutable copy); a string without contiguous bytes takes the long way.
        let answer = path.utf8.withContiguousStorageIfAvailable { bytes in
            folder.utf8.withContiguousStorageIfAvailable { folder in
                let end = endTrimmingTrailingSlashes(bytes)
                guard let slash = bytes[..<end].lastIndex(of: slashByte) else {
                    return folder.count == 1 && folder[0] == UInt8(ascii: ".")
                }
                if slash == 0 { return folder.count == 1 && folder[0] == slashByte }
                return folder.count == slash && memcmp(folder.baseAddress!, bytes.baseAddress!, slash) == 0
            }
        }
        return (answer ?? nil) ?? folder.utf8.elementsEqual(self.folder(of: path).utf8)
    }

    /// The last component of a path: `a/b.md` → `b.md`.
    public static func lastComponent(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            let end = endTrimmingTrailingSlashes(bytes)
            let start = bytes[..<end].lastIndex(of: slashByte).map { $0 + 1 } ?? 0
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    private static let slashByte = UInt8(ascii: "/")

    /// The end of `bytes` without trailing slashes, keeping at least one byte (`/` stays `/`).
    private static func endTrimmingTrailingSlashes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 1, bytes[end - 1] == slashByte { end -= 1 }
        return end
    }

    /// Appends a name to a path as shown to people: `.` + `a.md` → `a.md` (the way linters show
    /// files found under the current folder), `notes/` + `a.md` → `notes/a.md`.
    public static func appending(_ name: String, to path: String) -> String {
        if path == "." || path == "./" { return name }
        if path.hasSuffix("/") { return path + name }
        return path + "/" + name
    }
}
