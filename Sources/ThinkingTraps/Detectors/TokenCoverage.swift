/// Which token positions of one text some set of spans covers, so that "does this span overlap
/// any span so far?" costs the span's length, not the number of spans (a paragraph of thousands
/// of claims stayed quadratic with a list). Grows on demand: most texts mark nothing.
struct TokenCoverage {
    private var covered: [Bool] = []

    mutating func mark(_ tokens: Range<Int>) {
        guard !tokens.isEmpty else { return }
        if covered.count < tokens.upperBound {
            covered.append(contentsOf: repeatElement(false, count: tokens.upperBound - covered.count))
        }
        for position in tokens { covered[position] = true }
    }

    func coversAny(of tokens: Range<Int>) -> Bool {
        let end = min(tokens.upperBound, covered.count)
        guard tokens.lowerBound < end else { return false }
        for position in tokens.lowerBound..<end where covered[position] { return true }
        return false
    }
}
