import Dispatch
import Synchronization

/// Runs `body` for indices `0..<count` on up to `jobs` threads and returns the results in index
/// order, so output is the same whatever the scheduling. Results are moved, not copied, into the
/// returned array: for a journal of tens of thousands of files the results are most of the
/// memory a run holds.
func parallelMap<Result: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
    parallelMap(count: count, jobs: jobs) { index, _ in body(index) }
}

/// `parallelMap` that also tells `body` which worker (`0..<jobs`) runs it, so a worker can use
/// its own copy of shared read-only state: two cores updating the reference counts of the same
/// objects for every word they read slow each other down.
func parallelMap<Result: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (_ index: Int, _ worker: Int) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    if workers == 1 { return (0..<count).map { body($0, 0) } }
    let slots = ResultSlots<Result>(count: count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            slots.store(body(index, worker), at: index)
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
