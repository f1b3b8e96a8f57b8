/// The files of a run in path order, and which share a path, worked out once by comparing each
/// path with its neighbour: `LintEngine.finish` then places findings by integer positions
/// instead of comparing path strings for every finding.
struct FileOrder {
    /// File indices in path order (stable: files sharing a path keep their order).
    let order: [Int]
    /// Per file index, its position in `order`.
    private let positionOfFile: [Int]
    /// Per position, the position of the first file with the same path.
    private let groupStartOfPosition: [Int]

    init(_ results: borrowing [FileLintResult]) {
        let count = results.count
        // Usually the finder's order already is path order: confirming it takes one comparison
        // per file, sorting would take a dozen.
        var isSorted = true
        var sameAsPrevious = Array(repeating: false, count: count)
        for index in results.indices.dropFirst() {
            let previous = results[index - 1].path, path = results[index].path
            if path == previous {
                sameAsPrevious[index] = true
            } else if path < previous {
                isSorted = false
                break
            }
        }
        var order = Array(results.indices)
        if !isSorted {
            order.sort { results[$0].path < results[$1].path }
            for position in order.indices {
                sameAsPrevious[position] = position > 0 && results[order[position]].path == results[order[position - 1]].path
            }
        }
        var positionOfFile = Array(repeating: 0, count: count)
        var groupStartOfPosition = Array(repeating: 0, count: count)
        for (position, file) in order.enumerated() {
            positionOfFile[file] = position
            groupStartOfPosition[position] = sameAsPrevious[position] ? groupStartOfPosition[position - 1] : position
        }
        self.order = order
        self.positionOfFile = positionOfFile
        self.groupStartOfPosition = groupStartOfPosition
    }

    /// The position of the first file sharing the path of the file at `file` (an index into the results).
    func groupStart(ofFile file: Int) -> Int? {
        positionOfFile.indices.contains(file) ? groupStartOfPosition[positionOfFile[file]] : nil
    }

    /// The position of the first file whose path is `path`, found by halving; `nil` if none has it.
    func groupStart(ofPath path: String, in results: borrowing [FileLintResult]) -> Int? {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if results[order[middle]].path < path { low = middle + 1 } else { high = middle }
        }
        guard low < order.count, results[order[low]].path == path else { return nil }
        return low
    }

    /// The position after the last file sharing the path of the file at `start` (a group's first position).
    func groupEnd(from start: Int) -> Int {
        var end = start + 1
        while end < groupStartOfPosition.count, groupStartOfPosition[end] == start { end += 1 }
        return end
    }
}
