import Foundation

/// The messages received and not yet handled, in order: the reading thread puts, the server's
/// loop takes, waiting until a message comes, the input ends, or a deadline (a debounced lint) passes.
final class MessageQueue: @unchecked Sendable {
    enum Next {
        case message(IncomingMessage)
        case deadline
        case ended
    }

    // NSCondition guards every stored property below; it is why the class is @unchecked Sendable.
    private let condition = NSCondition()
    private var messages: [IncomingMessage] = []
    private var head = 0
    private var isClosed = false

    func put(_ message: IncomingMessage) {
        condition.lock()
        messages.append(message)
        condition.signal()
        condition.unlock()
    }

    /// No more messages will come.
    func close() {
        condition.lock()
        isClosed = true
        condition.signal()
        condition.unlock()
    }

    /// The next message, or `.deadline` once `deadline` has passed (even with messages waiting, so a
    /// stream of changes cannot postpone a lint for ever), or `.ended` when the input is over and
    /// every message was taken.
    func next(until deadline: ContinuousClock.Instant?) -> Next {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let deadline, ContinuousClock.now >= deadline { return .deadline }
            if head < messages.count {
                let message = messages[head]
                head += 1
                if head > 64 && head * 2 > messages.count {
                    messages.removeFirst(head)
                    head = 0
                }
                return .message(message)
            }
            if isClosed { return .ended }
            if let deadline {
                let left = (deadline - ContinuousClock.now).components
                let seconds = Double(left.seconds) + Double(left.attoseconds) / 1e18
                _ = condition.wait(until: Date(timeIntervalSinceNow: max(0, seconds)))
            } else {
                condition.wait()
            }
        }
    }
}
