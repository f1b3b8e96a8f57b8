import Foundation

/// Runs `body` on a thread of its own and waits for it without holding a thread of Swift's
/// cooperative pool: a test that computes for a minute (a tree a million levels deep, in a debug
/// build) would otherwise keep one of the pool's few threads (one per core) from every other
/// test, whose time limits then ran out while they waited. `body` computes and returns what the
/// test then checks (issues are recorded on the test's own task).
public func offThePool<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Swift.Result<Value, any Error>(catching: body))
        }
        thread.stackSize = 8 << 20  // the usual main-thread stack: the code must not need more
        thread.start()
    }
}
