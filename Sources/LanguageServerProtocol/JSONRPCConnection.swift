import Foundation
import Synchronization

/// A JSON-RPC 2.0 connection over a byte stream in LSP framing.
///
/// Bytes arrive through `receive(_:)` (from a reading thread, or a test), are split into
/// messages and queued; `run(_:)` hands them to a `MessageHandler` one at a time on the calling
/// thread. Output goes to `write`, one framed message per call. `$/cancelRequest` is read on
/// arrival, so a request still queued when its cancellation comes is answered `RequestCancelled`
/// without running.
public final class JSONRPCConnection: Sendable {
    private let write: @Sendable ([UInt8]) -> Void
    private let queue = MessageQueue()
    private let splitter = Mutex(MessageSplitter())
    private let cancelled = Mutex<Set<RequestID>>([])
    private let nextRequestNumber = Atomic<Int>(1)
    private let log: @Sendable (String) -> Void

    /// - Parameters:
    ///   - write: writes bytes to the client (called with whole framed messages, from one thread at a time).
    ///   - log: where framing problems are told (never message contents).
    public init(write: @escaping @Sendable ([UInt8]) -> Void, log: @escaping @Sendable (String) -> Void = { _ in }) {
        let lock = Mutex(())
        self.write = { bytes in lock.withLock { _ in write(bytes) } }
        self.log = log
    }

    // MARK: Input

    /// Takes the next chunk of the input stream.
    public func receive(_ chunk: some Sequence<UInt8>) {
        let pieces = splitter.withLock { $0.append(chunk) }
        for piece in pieces {
            switch piece {
            case .badHeader(let reason):
                log("skipped a message with \(reason)")
            case .body(let body):
                do {
                    let message = try IncomingMessage(body: Data(body))
                    if message.method == "$/cancelRequest", let params = try? message.params(CancelParams.self) {
                        cancelled.withLock { _ = $0.insert(params.id) }
                    }
                    queue.put(message)
                } catch {
                    send(OutgoingMessage.error(id: nil, error: error))
                }
            }
        }
    }

    /// The input stream has ended.
    public func inputEnded() {
        queue.close()
    }

    // MARK: Output

    public func reply(to id: RequestID, result: (some Encodable)?) {
        send(OutgoingMessage.response(id: id, result: result))
    }

    /// Replies `null`.
    public func replyNull(to id: RequestID) {
        send(OutgoingMessage.response(id: id, result: Optional<Int>.none))
    }

    public func reply(to id: RequestID, error: ResponseError) {
        send(OutgoingMessage.error(id: id, error: error))
    }

    public func notify(_ method: String, _ params: some Encodable) {
        send(OutgoingMessage.notification(method: method, params: params))
    }

    /// Sends a notification whose parameters the caller has written as JSON (one value, valid
    /// JSON: they are sent as they are).
    public func notify(_ method: String, encodedParams: [UInt8]) {
        send(OutgoingMessage.notification(method: method, encodedParams: encodedParams))
    }

    /// Sends a request to the client; its answer comes back to the handler as a `.response`.
    @discardableResult
    public func request(_ method: String, _ params: some Encodable) -> RequestID {
        let id = RequestID.number(nextRequestNumber.wrappingAdd(1, ordering: .relaxed).oldValue)
        send(OutgoingMessage.request(id: id, method: method, params: params))
        return id
    }

    private func send(_ body: Data) {
        write(MessageFraming.frame(body))
    }

    // MARK: The loop

    /// Hands messages to `handler` until it says stop or the input ends.
    /// - Returns: whether the handler stopped the loop (`false`: the input ended first).
    @discardableResult
    public func run(_ handler: some MessageHandler) -> Bool {
        while true {
            switch queue.next(until: handler.nextDeadline) {
            case .ended:
                return false
            case .deadline:
                handler.deadlineReached(on: self)
            case .message(let message):
                if case .request(let id, _) = message.kind, cancelled.withLock({ $0.remove(id) != nil }) {
                    reply(to: id, error: .requestCancelled)
                    continue
                }
                if handler.handle(message, on: self) == .stop { return true }
                // A cancellation that came after its request was answered is forgotten.
                if case .request(let id, _) = message.kind { cancelled.withLock { _ = $0.remove(id) } }
            }
        }
    }
}
