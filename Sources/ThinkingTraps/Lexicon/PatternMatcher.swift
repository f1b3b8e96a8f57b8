/// Matches compiled patterns against tokens. Patterns are short (a handful of steps), so a
/// plain depth-first search is fast enough and keeps the code obvious.
struct PatternMatcher {
    let tokens: [Token]
    let classes: [WordClass]
    /// Words that stop a gap (`but`, `because` …): a cue may not reach across them.
    let gapStop: WordClass

    /// A successful match: where it ends and which tokens the pattern itself consumed (gaps
    /// are not consumed, so negation checks can look at them).
    struct Match {
        var start: Int
        var end: Int
        var consumed: [Int]
    }

    func match(_ steps: [PatternStep], at start: Int, limit: Int) -> Match? {
        var consumed: [Int] = []
        guard let end = match(steps, step: 0, position: start, limit: limit, consumed: &consumed) else { return nil }
        return Match(start: start, end: end, consumed: consumed)
    }

    private func match(_ steps: [PatternStep], step: Int, position: Int, limit: Int, consumed: inout [Int]) -> Int? {
        if step == steps.count { return position }
        switch steps[step] {
        case .words(let ids):
            guard position < limit, ids.contains(tokens[position].id) else { return nil }
            consumed.append(position)
            if let end = match(steps, step: step + 1, position: position + 1, limit: limit, consumed: &consumed) { return end }
            consumed.removeLast()
            return nil
        case .wordClass(let index):
            for end in classes[index].matchEnds(in: tokens, at: position, limit: limit) {
                let mark = consumed.count
                consumed.append(contentsOf: position..<end)
                if let final = match(steps, step: step + 1, position: end, limit: limit, consumed: &consumed) { return final }
                consumed.removeSubrange(mark...)
            }
            return nil
        case .gap(let width):
            var skip = 0
            while skip <= width, position + skip <= limit {
                if let end = match(steps, step: step + 1, position: position + skip, limit: limit, consumed: &consumed) { return end }
                if position + skip < limit, gapStop.containsWord(tokens[position + skip].id) { return nil }
                skip += 1
            }
            return nil
        }
    }
}
