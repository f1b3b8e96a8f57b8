/// The date at the start of a daily note's file name (`2026-11-28.md`, `2026-11-28-evening.md`),
/// a Logseq journal's name (`2026_11_28.md`, Logseq's default `yyyy_MM_dd`), or a note filed by
/// date in folders (`2026/11/28.md`).
enum DailyNoteName {
    enum Result { case notDaily, valid(JournalDate), invalid(String) }

    static func date(inPath path: String) -> Result {
        date(inPath: path, fileName: fileName(path))
    }

    /// `date(inPath:)` and `isLogseqJournal(path:)` from one reading of the file name: the
    /// builder wants both for every file.
    static func dateAndLogseq(inPath path: String) -> (date: Result, isLogseqJournal: Bool) {
        let name = fileName(path)
        return (date(inPath: path, fileName: name), isLogseqJournal(name))
    }

    private static func date(inPath path: String, fileName: ArraySlice<UInt8>) -> Result {
        var bytes = fileName
        if isLogseqJournal(bytes) {
            // Read as `2026-11-28.md`: the underscores are Logseq's separators.
            bytes[bytes.startIndex + 4] = UInt8(ascii: "-")
            bytes[bytes.startIndex + 7] = UInt8(ascii: "-")
        }
        guard let shape = DateShape(bytes[...]) else { return dateFromFolders(path, fileName: bytes) }
        if bytes.count > shape.length {
            let next = bytes[bytes.startIndex + shape.length]
            guard next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_") || next == UInt8(ascii: " ") else {
                return .notDaily
            }
        }
        guard let date = JournalDate(year: shape.year, month: shape.month, day: shape.day) else {
            return .invalid(String(decoding: bytes.prefix(shape.length), as: UTF8.self))
        }
        return .valid(date)
    }

    /// A note filed as `YYYY/MM/DD.md` (`DatedFolderName`): its date is in its folders' names.
    private static func dateFromFolders(_ path: String, fileName: ArraySlice<UInt8>) -> Result {
        // Most names start otherwise: two digits first, before the path is split.
        guard fileName.count >= 2, (0x30...0x39).contains(fileName[fileName.startIndex]),
              (0x30...0x39).contains(fileName[fileName.startIndex + 1]) else { return .notDaily }
        let components = path.split(separator: "/")
        guard components.count >= 3 else { return .notDaily }
        return DatedFolderName.date(folderYear: components[components.count - 3], folderMonth: components[components.count - 2], fileName: fileName)
    }

    /// Whether the file is named as Logseq names a journal page: `YYYY_MM_DD.md` (its outline
    /// layout and `key:: value` properties are read, docs/format.md "Logseq journals").
    static func isLogseqJournal(path: String) -> Bool {
        isLogseqJournal(fileName(path))
    }

    private static func isLogseqJournal(_ bytes: ArraySlice<UInt8>) -> Bool {
        let b = bytes.startIndex
        guard bytes.count >= 10, bytes[b + 4] == UInt8(ascii: "_"), bytes[b + 7] == UInt8(ascii: "_") else { return false }
        for offset in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(bytes[b + offset]) { return false }
        return bytes.count == 10 || bytes[b + 10] == UInt8(ascii: ".")
    }

    /// The bytes of the last non-empty `/`-separated component, or of the whole path when it has
    /// none. An ASCII path is cut on bytes (splitting on characters runs grapheme breaking over
    /// every path); any other is split on characters, where a `/` followed by a combining mark
    /// is not a separator.
    private static func fileName(_ path: String) -> ArraySlice<UInt8> {
        var path = path
        // Read in place: only the name is copied out, not the whole path.
        let ascii = path.withUTF8 { bytes -> ArraySlice<UInt8>? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let slash = UInt8(ascii: "/")
            guard let last = bytes.lastIndex(where: { $0 != slash }) else { return Array(bytes)[...] }
            let start = bytes[...last].lastIndex(of: slash).map { $0 + 1 } ?? 0
            return Array(bytes[start...last])[...]
        }
        return ascii ?? Array((path.split(separator: "/").last.map(String.init) ?? path).utf8)[...]
    }
}
