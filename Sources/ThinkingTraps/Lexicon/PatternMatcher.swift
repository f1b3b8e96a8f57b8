/// Matches compiled patterns against tokens. Patterns are short (a handful of steps), so a
/// depth-first search is fast enough. Almost every attempt fails, so the search first runs
/// without recording anything (no buffer at all), and only a match is searched again to record
/// the positions it consumed: the same search, so it finds the same match.
struct PatternMatcher {
    let tokens: [Token]
    let classes: ClassTable
    /// Class of words that stop a gap (`but`, `because` …): a cue may not reach across them.
    var gapStop: Int

    /// A successful match: where it ends and which tokens the pattern itself consumed (gaps
    /// are not consumed, so negation checks can look at them).
    struct Match {
        var start: Int
        var end: Int
        var consumed: [Int]
    }

    func match(_ steps: UnsafeBufferPointer<PatternStep>, at start: Int, limit: Int) -> Match? {
        var skipped = UnrecordedPositions()
        guard match(steps, step: 0, position: start, limit: limit, consumed: &skipped) != nil else { return nil }
        var consumed: [Int] = []
        // Room for a cue's words at once (growing from empty reallocated it a few times).
        consumed.reserveCapacity(16)
        guard let end = match(steps, step: 0, position: start, limit: limit, consumed: &consumed) else { return nil }
        return Match(start: start, end: end, consumed: consumed)
    }

    private func match<Positions: ConsumedPositions>(
        _ steps: UnsafeBufferPointer<PatternStep>, step: Int, position: Int, limit: Int, consumed: inout Positions
    ) -> Int? {
        if step == steps.count { return position }
        switch steps[step] {
        case .word(let id):
            guard position < limit, tokens[position].id == id else { return nil }
            consumed.record(position)
            if let end = match(steps, step: step + 1, position: position + 1, limit: limit, consumed: &consumed) { return end }
            consumed.forget(1)
            return nil
        case .wordClass(let classIndex):
            var final: Int?
            _ = classes.forEachMatchEnd(Int(classIndex), in: tokens, at: position, limit: limit) { end in
                for index in position..<end { consumed.record(index) }
                final = match(steps, step: step + 1, position: end, limit: limit, consumed: &consumed)
                if final != nil { return true }
                consumed.forget(end - position)
                return false
            }
            return final
        case .end:
            return position == limit ? match(steps, step: step + 1, position: position, limit: limit, consumed: &consumed) : nil
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

/// Where the search writes the positions a pattern consumes: an array when a match is
/// recorded, nothing while looking for one.
protocol ConsumedPositions {
    mutating func record(_ position: Int)
    /// Drops the last `count` positions recorded (a branch of the search that failed).
    mutating func forget(_ count: Int)
}

extension Array<Int>: ConsumedPositions {
    mutating func record(_ position: Int) { append(position) }
    mutating func forget(_ count: Int) { removeLast(count) }
}

/// Records nothing, so a failing search allocates nothing.
struct UnrecordedPositions: ConsumedPositions {
    func record(_ position: Int) {}
    func forget(_ count: Int) {}
}
