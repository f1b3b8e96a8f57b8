import Dispatch
import Synchronization

/// Runs `body` for indices `0..<count` on up to `jobs` threads and returns the results in index
/// order, so output is the same whatever the scheduling.
func parallelMap<Result: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    if workers == 1 { return (0..<count).map(body) }
    let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            let value = body(index)
            results.withLock { $0[index] = value }
        }
    }
    return results.withLock { $0.map { $0! } }
}
