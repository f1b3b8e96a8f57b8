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
package enum ByteSearch {
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

    /// Whether `mark` occurs in `bytes`; with `ignoringCase`, ASCII letters match in either case
    /// (`mark` is then lower case, and its last byte no letter). Found by its last byte with
    /// `memchr`: a language server asks this of a large buffer after every keystroke.
    package static func contains(_ mark: some Collection<UInt8>, in bytes: [UInt8], ignoringCase: Bool = false) -> Bool {
        let mark = Array(mark)
        guard let last = mark.last else { return true }
        guard bytes.count >= mark.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var from = mark.count - 1
            while let found = firstIndex(of: last, in: buffer, range: from..<buffer.count) {
                let start = found - (mark.count - 1)
                var matches = true
                for offset in 0..<(mark.count - 1) {
                    let byte = buffer[start + offset]
                    let compared = ignoringCase && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                    if compared != mark[offset] {
                        matches = false
                        break
                    }
                }
                if matches { return true }
                from = found + 1
            }
            return false
        }
    }

    /// Whether two runs of bytes are the same, compared with `memcmp`.
    package static func sameBytes(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        return first.withUnsafeBytes { first in
            second.withUnsafeBytes { second in
                guard let a = first.baseAddress, let b = second.baseAddress else { return true }
                return memcmp(a, b, first.count) == 0
            }
        }
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
