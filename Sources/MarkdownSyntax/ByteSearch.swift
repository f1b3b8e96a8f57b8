#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Fast scans over a file's bytes. Finding line endings, `#` and `<!--` touches every byte of a
/// journal, and a byte-at-a-time Swift loop costs several instructions per byte where `memchr`
/// and a word-at-a-time ASCII check cost a fraction of one. Every range is clamped into the
/// buffer first, so no scan can read outside it.
enum ByteSearch {
    /// The index of the first `byte` in `bytes[range]` (the range clamped into the array).
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], range: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            firstIndex(of: byte, in: buffer, range: range)
        }
    }

    /// The index of the first `byte` in `buffer[range]` (the range clamped into the buffer).
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        let range = range.clamped(to: 0..<buffer.count)
        guard !range.isEmpty, let base = buffer.baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The length of the NUL-terminated string at `pointer` (`strlen`), for cmark's literals.
    static func cStringLength(_ pointer: UnsafePointer<CChar>) -> Int {
        strlen(pointer)
    }

    /// The index of the first byte at or after `start` that is not ASCII, or `bytes.count`.
    static func firstNonASCII(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var index = max(start, 0)
            // Eight bytes at a time: any byte with its high bit set ends the run.
            while index + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            while index < raw.count, raw[index] < 0x80 { index += 1 }
            return min(index, raw.count)
        }
    }
}

extension SourceText {
    /// The offset of the first `byte` within the byte offsets `range` (clamped into the text),
    /// or `nil`; found with `memchr`, for scans that look for a rare byte such as `#` or `<`.
    public func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int? {
        ByteSearch.firstIndex(of: byte, in: bytes, range: range)
    }
}
