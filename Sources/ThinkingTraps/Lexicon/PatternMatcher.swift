/// Matches compiled patterns against tokens. Patterns are short (a handful of steps), so a
/// depth-first search is fast enough; it writes consumed positions into a reused buffer and
/// allocates only for a successful match.
struct PatternMatcher {
    let tokens: [Token]
    let classes: ClassTable
    /// Class of words that stop a gap (`but`, `because` …): a cue may not reach across them.
    let gapStop: Int

    /// A successful match: where it ends and which tokens the pattern itself consumed (gaps
    /// are not consumed, so negation checks can look at them).
    struct Match {
        var start: Int
        var end: Int
        var consumed: [Int]
    }

    func match(_ steps: UnsafeBufferPointer<PatternStep>, at start: Int, limit: Int, scratch: inout [Int]) -> Match? {
        scratch.removeAll(keepingCapacity: true)
        guard let end = match(steps, step: 0, position: start, limit: limit, consumed: &scratch) else { return nil }
        return Match(start: start, end: end, consumed: scratch)
    }

    private func match(_ steps: UnsafeBufferPointer<PatternStep>, step: Int, position: Int, limit: Int, consumed: inout [Int]) -> Int? {
        if step == steps.count { return position }
        switch steps[step] {
        case .word(let id):
            guard position < limit, tokens[position].id == id else { return nil }
            consumed.append(position)
            if let end = match(steps, step: step + 1, position: position + 1, limit: limit, consumed: &consumed) { return end }
            consumed.removeLast()
            return nil
        case .wordClass(let classIndex):
            var final: Int?
            _ = classes.forEachMatchEnd(Int(classIndex), in: tokens, at: position, limit: limit) { end in
                let mark = consumed.count
                for index in position..<end { consumed.append(index) }
                final = match(steps, step: step + 1, position: end, limit: limit, consumed: &consumed)
                if final != nil { return true }
                consumed.removeSubrange(mark...)
                return false
            }
            return final
        case .gap(let width):
            var skip = 0
            while skip <= Int(width), position + skip <= limit {
                if let end = match(steps, step: step + 1, position: position + skip, limit: limit, consumed: &consumed) { return end }
                if position + skip < limit, classes.contains(gapStop, word: tokens[position + skip].id) { return nil }
                skip += 1
            }
            return nil
        }
    }
}
