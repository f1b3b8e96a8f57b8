import Dispatch
import Synchronization
import WorkSharing

/// Runs `body` on each item `produce` hands over, on up to `jobs` threads, while `produce` is
/// still running, and returns the results in the order the items were handed over (so output is
/// the same whatever the scheduling).
///
/// Why: finding the files of a large journal (listing and checking thousands of paths) is
/// serial; with `parallelMap` every core waited for the whole walk before the first file was
/// read. Here `produce` runs on the calling thread while the other `jobs - 1` workers take the
/// items it has found; once it returns, the calling thread works too.
///
/// - Parameters:
///   - jobs: the most threads at work at once; with one, `produce` runs to its end first.
///   - produce: hands each item over by calling its argument; runs on the calling thread.
///   - whenIdle: called on a worker that finds nothing to do although there were fewer items
///     than jobs, with the first item and the worker it went to, so an otherwise idle core can
///     prepare something that worker will need.
///   - body: the work for one item, given its index and the worker (`0..<jobs`) running it.
public func pipelineMap<Item: Sendable, Result: Sendable>(
    jobs: Int,
    produce: (_ handOver: (Item) -> Void) -> Void,
    whenIdle: @escaping @Sendable (_ firstItem: Item, _ itsWorker: Int) -> Void = { _, _ in },
    _ body: @escaping @Sendable (_ item: Item, _ index: Int, _ worker: Int) -> Result
) -> [Result] {
    let jobs = JobCount.bounded(jobs)
    if jobs <= 1 {
        var items: [Item] = []
        produce { items.append($0) }
        return items.indices.map { body(items[$0], $0, 0) }
    }
    let pipeline = Pipeline<Item, Result>()
    let helpers = DispatchGroup()
    for worker in 1..<jobs {
        DispatchQueue.global().async(group: helpers) { pipeline.work(as: worker, waiting: true, whenIdle: whenIdle, body) }
    }
    produce { pipeline.handOver($0) }
    pipeline.finishProducing(jobs: jobs)
    pipeline.work(as: 0, waiting: false, whenIdle: whenIdle, body)
    helpers.wait()
    return pipeline.takeResults()
}

/// The shared state of one `pipelineMap`: the items handed over, which were taken, the results.
private final class Pipeline<Item: Sendable, Result: Sendable>: Sendable {
    private struct State {
        var items: [Item] = []
        var results: [Result?] = []
        var nextToTake = 0
        var producing = true
        /// Which worker took the first item.
        var firstWorker: Int?
        /// Whether there are fewer items than jobs (known once producing is over).
        var leavesCoresIdle = false
    }

    private let state = Mutex(State())
    /// Signalled once per item handed over, and once per waiting worker when producing ends, so a
    /// waiting worker wakes exactly when there may be something for it.
    private let available = DispatchSemaphore(value: 0)

    func handOver(_ item: Item) {
        state.withLock {
            $0.items.append(item)
            $0.results.append(nil)
        }
        available.signal()
    }

    func finishProducing(jobs: Int) {
        state.withLock {
            $0.producing = false
            $0.leavesCoresIdle = $0.items.count < jobs
        }
        for _ in 1..<jobs { available.signal() }  // once per waiting worker
    }

    /// Takes items until none are left. A worker that `waiting` sleeps until an item (or the end)
    /// is signalled; the producing thread works only after producing, so it never waits.
    func work(as worker: Int, waiting: Bool, whenIdle: @Sendable (Item, Int) -> Void,
              _ body: @Sendable (Item, Int, Int) -> Result) {
        var didWork = false
        while true {
            if waiting { available.wait() }
            // Nothing to take while waiting happens only after producing ended: every signal
            // before that is for an item, and only waiting workers take items until then.
            guard let (index, item) = take(by: worker) else { break }
            let result = body(item, index, worker)
            state.withLock { $0.results[index] = result }
            didWork = true
        }
        if !didWork, let (first, itsWorker) = idleWork() { whenIdle(first, itsWorker) }
    }

    private func take(by worker: Int) -> (Int, Item)? {
        state.withLock { state in
            guard state.nextToTake < state.items.count else { return nil }
            let index = state.nextToTake
            state.nextToTake += 1
            if index == 0 { state.firstWorker = worker }
            return (index, state.items[index])
        }
    }

    /// The first item and its worker, if cores are left idle by a run of few items.
    private func idleWork() -> (Item, Int)? {
        state.withLock { state in
            guard state.leavesCoresIdle, let first = state.items.first, let worker = state.firstWorker else { return nil }
            return (first, worker)
        }
    }

    /// The results in item order, moved out.
    func takeResults() -> [Result] {
        let results = state.withLock { state -> [Result?] in
            defer { state.results = [] }
            return state.results
        }
        return results.map { $0.unsafelyUnwrapped }
    }
}
