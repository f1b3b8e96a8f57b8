/// All word classes flattened into plain arrays, built once per lexicon. The matcher and the
/// context rules ask it at nearly every word, so membership is a bit test and phrase lookup
/// is one probe of an open-addressing table, with no dictionary hashing or ARC traffic.
final class ClassTable: Sendable {
    let names: [String]
    private let wordsPerSet: Int
    private let firstWordBits: [UInt64]
    private let singleWordBits: [UInt64]
    /// Key: class index << 32 | first word id. Value: index of the class's phrase list for it.
    private let phraseLists: WordTable
    /// Phrase list i covers `listBounds[i] ..< listBounds[i + 1]` in `phraseStarts`.
    private let listBounds: [Int32]
    /// Phrase j's remaining words (after the first) are `phraseStarts[j] ..< phraseEnds[j]` in `words`.
    private let phraseStarts: [Int32]
    private let phraseEnds: [Int32]
    private let words: [Int32]
    /// Words in a class mask (one bit per class).
    let maskWords: Int
    /// For each vocabulary id, the mask of classes that have a phrase starting with it; lets the
    /// matcher skip a rule when its classes cannot all occur in a clause.
    let startMasks: [UInt64]

    init(_ classes: [WordClass], vocabularySize: Int) {
        names = classes.map(\.name)
        let wordsPerSet = (vocabularySize + 63) / 64
        self.wordsPerSet = wordsPerSet
        var first = Array(repeating: UInt64(0), count: wordsPerSet * classes.count)
        var single = first
        var table = WordTable(minimumCapacity: 4096)
        var bounds: [Int32] = [0], starts: [Int32] = [], ends: [Int32] = [], flat: [Int32] = []
        let maskWords = (classes.count + 63) / 64
        var masks = Array(repeating: UInt64(0), count: maskWords * vocabularySize)
        for (classIndex, wordClass) in classes.enumerated() {
            for (firstWord, rests) in wordClass.phrasesByFirstWord.sorted(by: { $0.key < $1.key }) {
                masks[Int(firstWord) * maskWords + classIndex >> 6] |= 1 << (UInt64(classIndex) & 63)
                let slot = classIndex * wordsPerSet + Int(firstWord) >> 6
                first[slot] |= 1 << (UInt64(firstWord) & 63)
                if rests.contains(where: \.isEmpty) { single[slot] |= 1 << (UInt64(firstWord) & 63) }
                table.insert(Int32(bounds.count - 1), for: Self.key(classIndex, firstWord))
                for rest in rests {  // already longest first
                    starts.append(Int32(flat.count))
                    flat.append(contentsOf: rest)
                    ends.append(Int32(flat.count))
                }
                bounds.append(Int32(starts.count))
            }
        }
        firstWordBits = first
        self.maskWords = maskWords
        startMasks = masks
        singleWordBits = single
        phraseLists = table
        listBounds = bounds
        phraseStarts = starts
        phraseEnds = ends
        words = flat
    }

    @inline(__always)
    private static func key(_ classIndex: Int, _ id: Int32) -> UInt64 {
        UInt64(classIndex) << 32 | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always)
    private func test(_ bits: [UInt64], _ classIndex: Int, _ id: Int32) -> Bool {
        guard id >= 0, Int(id) >> 6 < wordsPerSet else { return false }
        return bits[classIndex * wordsPerSet + Int(id) >> 6] & (1 << (UInt64(id) & 63)) != 0
    }

    /// Whether some phrase of the class starts with word `id`.
    @inline(__always)
    func mayStart(_ classIndex: Int, with id: Int32) -> Bool { test(firstWordBits, classIndex, id) }

    /// Whether the single word `id` is a phrase of the class.
    @inline(__always)
    func contains(_ classIndex: Int, word id: Int32) -> Bool { test(singleWordBits, classIndex, id) }

    /// Calls `body` with the end (exclusive) of every phrase of the class that starts at
    /// `position`, longest first, within `limit`; stops and returns true when `body` does.
    @inline(__always)
    func forEachMatchEnd(_ classIndex: Int, in tokens: [Token], at position: Int, limit: Int, _ body: (Int) -> Bool) -> Bool {
        guard position < limit else { return false }
        let id = tokens[position].id
        guard mayStart(classIndex, with: id) else { return false }
        let list = Int(phraseLists.value(for: Self.key(classIndex, id)))
        guard list >= 0 else { return false }
        for phrase in Int(listBounds[list])..<Int(listBounds[list + 1]) {
            let start = Int(phraseStarts[phrase]), end = Int(phraseEnds[phrase])
            let matchEnd = position + 1 + (end - start)
            guard matchEnd <= limit else { continue }
            var matches = true
            var offset = 0
            while offset < end - start {
                if tokens[position + 1 + offset].id != words[start + offset] { matches = false; break }
                offset += 1
            }
            if matches, body(matchEnd) { return true }
        }
        return false
    }

    /// The end of the longest phrase of the class starting at `position`, if any.
    func longestMatch(_ classIndex: Int, in tokens: [Token], at position: Int, limit: Int) -> Int? {
        var longest: Int?
        _ = forEachMatchEnd(classIndex, in: tokens, at: position, limit: limit) { longest = $0; return true }
        return longest
    }

    subscript(classIndex: Int) -> ClassReference { ClassReference(table: self, index: classIndex) }
}

/// One class of a `ClassTable`, so call sites read `classes[context.negator].containsWord(id)`.
struct ClassReference {
    let table: ClassTable
    let index: Int

    @inline(__always)
    func containsWord(_ id: Int32) -> Bool { table.contains(index, word: id) }

    func longestMatch(in tokens: [Token], at position: Int, limit: Int) -> Int? {
        table.longestMatch(index, in: tokens, at: position, limit: limit)
    }
}
