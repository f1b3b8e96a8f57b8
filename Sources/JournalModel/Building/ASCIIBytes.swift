/// Byte-level helpers for the builder's hot paths, where keys and keywords are ASCII and a
/// `String` (with its grapheme breaking and Unicode case mapping) would cost far more than the
/// comparison itself.
enum ASCIIBytes {
    /// The ASCII lower case of `byte`; other bytes unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `bytes` equal `lowercaseWord` ignoring ASCII case. `lowercaseWord` must be lower
    /// case ASCII without `k` (U+212A KELVIN SIGN lowercases to `k`); then no other byte sequence
    /// lowercases to it, so this is exactly `String(bytes).lowercased() == lowercaseWord`.
    @inline(__always)
    static func equalsIgnoringCase<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ lowercaseWord: StaticString) -> Bool {
        guard bytes.count == lowercaseWord.utf8CodeUnitCount else { return false }
        // A one-letter literal (`"y"`) is kept as a scalar, with no bytes to point to.
        guard lowercaseWord.hasPointerRepresentation else {
            return lowercaseWord.withUTF8Buffer { word in bytes.elementsEqual(word) { lowercased($0) == $1 } }
        }
        // The word's bytes read in place (a static string's storage lives as long as the
        // program): `withUTF8Buffer` cost a closure call per comparison.
        let word = lowercaseWord.utf8Start
        var index = 0
        for byte in bytes {
            guard lowercased(byte) == word[index] else { return false }
            index += 1
        }
        return true
    }

    /// `bytes` (ASCII) in lower case, written straight into the string: decoding a lazily
    /// lowercased view goes through the generic, byte-at-a-time path.
    static func lowercasedString(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes {
                buffer[count] = lowercased(byte)
                count += 1
            }
            return count
        }
    }

    /// Whether every byte is ASCII.
    static func isASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        !bytes.contains { $0 >= 0x80 }
    }

    /// Whether `text` holds `byte`: on the string's contiguous UTF-8 when it has some (a native
    /// string always does), which costs a fraction of iterating its `utf8` view.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }
}
