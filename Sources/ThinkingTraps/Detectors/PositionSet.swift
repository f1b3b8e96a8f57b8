/// A set of positions in one text — token positions (which tokens some spans cover) or sentence
/// indices — as a flag per position: "does this span overlap any span so far?" costs the span's
/// length, not the number of spans (a paragraph of thousands of claims stayed quadratic with a
/// list), and a single test is one read where a `Set<Int>` hashed (most of a long paragraph's
/// bookkeeping). Grows on demand: most texts mark nothing.
struct PositionSet {
    private var flags: [Bool] = []

    mutating func mark(_ positions: Range<Int>) {
        guard !positions.isEmpty else { return }
        if flags.count < positions.upperBound {
            flags.append(contentsOf: repeatElement(false, count: positions.upperBound - flags.count))
        }
        for position in positions { flags[position] = true }
    }

    @inline(__always)
    mutating func insert(_ position: Int) { mark(position..<position + 1) }

    @inline(__always)
    func contains(_ position: Int) -> Bool { position >= 0 && position < flags.count && flags[position] }

    func coversAny(of positions: Range<Int>) -> Bool {
        let end = min(positions.upperBound, flags.count)
        guard positions.lowerBound < end else { return false }
        for position in positions.lowerBound..<end where flags[position] { return true }
        return false
    }
}
