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

    /// Groups the phrases by class and first word, each group longest phrase first (in the
    /// order given among equal lengths) and without duplicates. Linear in the phrases: groups
    /// are numbered as they first occur and filled by a counting sort.
    init(_ phrases: ClassPhrases, vocabularySize: Int) {
        names = phrases.names
        let classCount = phrases.classCount, phraseCount = phrases.phraseCount
        let wordsPerSet = (vocabularySize + 63) / 64
        self.wordsPerSet = wordsPerSet
        var first = Array(repeating: UInt64(0), count: wordsPerSet * classCount)
        var single = first
        // One list per (class, first word).
        var table = WordTable(minimumCapacity: max(phraseCount, 16))
        var listOf = Array(repeating: Int32(0), count: phraseCount)
        var listSizes: [Int32] = []
        for index in 0..<phraseCount {
            let classIndex = Int(phrases.classOf[index])
            let firstWord = phrases.words[phrases.starts[index]]
            let key = Self.key(classIndex, firstWord)
            var list = table.value(for: key)
            if list < 0 {
                list = Int32(listSizes.count)
                listSizes.append(0)
                table.insert(list, for: key)
                first[classIndex * wordsPerSet + Int(firstWord) >> 6] |= 1 << (UInt64(firstWord) & 63)
            }
            if phrases.length(index) == 1 { single[classIndex * wordsPerSet + Int(firstWord) >> 6] |= 1 << (UInt64(firstWord) & 63) }
            listOf[index] = list
            listSizes[Int(list)] += 1
        }
        // Phrases in list order, keeping their order within a list.
        var next = Array(repeating: 0, count: listSizes.count)
        var total = 0
        for (list, size) in listSizes.enumerated() { next[list] = total; total += Int(size) }
        var order = Array(repeating: 0, count: phraseCount)
        for index in 0..<phraseCount {
            order[next[Int(listOf[index])]] = index
            next[Int(listOf[index])] += 1
        }
        var bounds: [Int32] = [0], starts: [Int32] = [], ends: [Int32] = [], flat: [Int32] = []
        var group: [Int] = []
        var listStart = 0
        for size in listSizes {
            group.removeAll(keepingCapacity: true)
            group.append(contentsOf: order[listStart..<listStart + Int(size)])
            listStart += Int(size)
            Self.sortLongestFirst(&group, phrases)
            let firstKept = starts.count
            for index in group {
                let rest = phrases.starts[index] + 1..<phrases.starts[index + 1]
                let duplicate = (firstKept..<starts.count).contains { kept in
                    Int(ends[kept] - starts[kept]) == rest.count
                        && (0..<rest.count).allSatisfy { flat[Int(starts[kept]) + $0] == phrases.words[rest.lowerBound + $0] }
                }
                if duplicate { continue }
                starts.append(Int32(flat.count))
                for position in rest { flat.append(phrases.words[position]) }
                ends.append(Int32(flat.count))
            }
            bounds.append(Int32(starts.count))
        }
        firstWordBits = first
        singleWordBits = single
        phraseLists = table
        listBounds = bounds
        phraseStarts = starts
        phraseEnds = ends
        words = flat
    }

    /// A stable insertion sort by phrase length, longest first: groups have a handful of phrases.
    private static func sortLongestFirst(_ group: inout [Int], _ phrases: ClassPhrases) {
        guard group.count > 1 else { return }
        for unsorted in 1..<group.count {
            let item = group[unsorted], length = phrases.length(item)
            var slot = unsorted
            while slot > 0, phrases.length(group[slot - 1]) < length {
                group[slot] = group[slot - 1]
                slot -= 1
            }
            group[slot] = item
        }
    }

    /// Calls `body` with every word some phrase of the class starts with.
    func forEachFirstWord(ofClass classIndex: Int, _ body: (Int32) -> Void) {
        for slot in 0..<wordsPerSet {
            var bits = firstWordBits[classIndex * wordsPerSet + slot]
            while bits != 0 {
                body(Int32(slot * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
    }

    /// Appends every phrase of the class to `output`, and after each the index in `output` where
    /// it ends to `outputEnds`. Flat arrays, with no slice per phrase.
    func appendPhrases(ofClass classIndex: Int, to output: inout [Int32], ends outputEnds: inout [Int32]) {
        forEachFirstWord(ofClass: classIndex) { first in
            let list = Int(phraseLists.value(for: Self.key(classIndex, first)))
            guard list >= 0 else { return }
            for phrase in Int(listBounds[list])..<Int(listBounds[list + 1]) {
                output.append(first)
                for index in Int(phraseStarts[phrase])..<Int(phraseEnds[phrase]) { output.append(words[index]) }
                outputEnds.append(Int32(output.count))
            }
        }
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
        let limit = min(limit, tokens.count) // so that the buffer reads below stay in the text
        guard position < limit else { return false }
        let id = tokens[position].id
        guard mayStart(classIndex, with: id) else { return false }
        let list = Int(phraseLists.value(for: Self.key(classIndex, id)))
        guard list >= 0 else { return false }
        // The phrase tables as buffers: every index below is in range by construction (and
        // `matchEnd <= limit` keeps the token reads inside the text), where bounds checks were a
        // fair share of a look-up the matcher and the context rules make at many positions.
        return phraseStarts.withUnsafeBufferPointer { phraseStarts in
            phraseEnds.withUnsafeBufferPointer { phraseEnds in
                words.withUnsafeBufferPointer { words in
                    tokens.withUnsafeBufferPointer { tokens in
                        for phrase in Int(listBounds[list])..<Int(listBounds[list + 1]) {
                            let start = Int(phraseStarts[phrase]), end = Int(phraseEnds[phrase])
                            let matchEnd = position &+ 1 &+ (end &- start)
                            guard matchEnd <= limit else { continue }
                            var matches = true
                            var offset = 0
                            while offset < end &- start {
                                if tokens[position &+ 1 &+ offset].id != words[start &+ offset] { matches = false; break }
                                offset &+= 1
                            }
                            if matches, body(matchEnd) { return true }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// The end of the longest phrase of the class starting at `position`, if any. Inlined, so
    /// that the usual answer (no phrase of the class starts with this word: one bit test) costs
    /// no call; the context rules ask it at every word of a clause.
    @inline(__always)
    func longestMatch(_ classIndex: Int, in tokens: [Token], at position: Int, limit: Int) -> Int? {
        guard position < limit, position < tokens.count, mayStart(classIndex, with: tokens[position].id) else { return nil }
        return phraseEnd(classIndex, in: tokens, at: position, limit: limit)
    }

    /// `longestMatch(_:in:at:limit:)` past its first test.
    @inline(never)
    private func phraseEnd(_ classIndex: Int, in tokens: [Token], at position: Int, limit: Int) -> Int? {
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

    @inline(__always)
    func longestMatch(in tokens: [Token], at position: Int, limit: Int) -> Int? {
        table.longestMatch(index, in: tokens, at: position, limit: limit)
    }
}
