import Dispatch
import Synchronization

/// Runs `body` for indices `0..<count` on up to `jobs` threads and returns the results in index
/// order, so output is the same whatever the scheduling. Results are moved, not copied, into the
/// returned array: for a journal of tens of thousands of files the results are most of the
/// memory a run holds.
public func parallelMap<Result: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    let workers = min(JobCount.bounded(jobs), count)
    if workers == 1 { return (0..<count).map(body) }
    let slots = ResultSlots<Result>(count: count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            slots.store(body(index), at: index)
        }
    }
    return slots.moveOut()
}

/// Uninitialised storage that worker threads fill, each index exactly once.
private final class ResultSlots<Element>: @unchecked Sendable {
    // Safety: every index in 0..<count is written exactly once, by one thread (indices come from
    // an atomic counter), and read only after `concurrentPerform` has returned.
    private let base: UnsafeMutablePointer<Element>
    private let count: Int
    private var movedOut = false

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func store(_ value: Element, at index: Int) {
        precondition(index >= 0 && index < count)
        (base + index).initialize(to: value)
    }

    /// The elements in order; the slots are left empty.
    func moveOut() -> [Element] {
        movedOut = true
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base, count: count)
            initialized = count
        }
    }

    deinit {
        if !movedOut { base.deinitialize(count: count) }
        base.deallocate()
    }
}
