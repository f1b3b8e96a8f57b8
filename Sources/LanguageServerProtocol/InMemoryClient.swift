import Foundation
import Synchronization

/// A client and a server connection joined in memory, for tests: what the client sends is framed
/// and fed to the server in chunks of the given sizes (to exercise splitting), and what the
/// server writes is split back into messages the test can wait for.
public final class InMemoryClient: Sendable {
    public let serverConnection: JSONRPCConnection
    private let inbox: Inbox
    private let chunkSizes: [Int]
    private let nextID = Atomic<Int>(1)

    /// - Parameter chunkSizes: the sizes the client's bytes are cut into, in turn (empty: whole messages).
    public init(chunkSizes: [Int] = []) {
        let inbox = Inbox()
        self.inbox = inbox
        self.chunkSizes = chunkSizes
        serverConnection = JSONRPCConnection(write: { bytes in inbox.receive(bytes) })
    }

    /// Sends raw bytes to the server, cut as `chunkSizes` says.
    public func sendBytes(_ bytes: [UInt8]) {
        guard !chunkSizes.isEmpty else {
            serverConnection.receive(bytes)
            return
        }
        var offset = 0, turn = 0
        while offset < bytes.count {
            let size = max(1, chunkSizes[turn % chunkSizes.count])
            serverConnection.receive(bytes[offset..<min(bytes.count, offset + size)])
            offset += size
            turn += 1
        }
    }

    /// Sends a request; returns its id.
    @discardableResult
    public func request(_ method: String, _ params: some Encodable) -> RequestID {
        let id = RequestID.number(nextID.wrappingAdd(1, ordering: .relaxed).oldValue)
        sendBytes(MessageFraming.frame(OutgoingMessage.request(id: id, method: method, params: params)))
        return id
    }

    public func notify(_ method: String, _ params: some Encodable) {
        sendBytes(MessageFraming.frame(OutgoingMessage.notification(method: method, params: params)))
    }

    /// Answers a request the server sent.
    public func reply(to id: RequestID, result: (some Encodable)?) {
        sendBytes(MessageFraming.frame(OutgoingMessage.response(id: id, result: result)))
    }

    /// Ends the server's input.
    public func close() { serverConnection.inputEnded() }

    /// Waits for the first message not yet taken that `matches`, and takes it.
    public func waitFor(timeout: Duration = .seconds(60), _ matches: (IncomingMessage) -> Bool) -> IncomingMessage? {
        inbox.take(timeout: timeout, matches)
    }

    /// Waits for the answer to request `id`.
    public func response(to id: RequestID, timeout: Duration = .seconds(60)) -> IncomingMessage? {
        waitFor(timeout: timeout) { $0.kind == .response(id: id) }
    }

    /// Waits for a notification of `method`.
    public func notification(_ method: String, timeout: Duration = .seconds(60)) -> IncomingMessage? {
        waitFor(timeout: timeout) { $0.kind == .notification(method: method) }
    }

    /// Every message received and not yet taken.
    public var pending: [IncomingMessage] { inbox.pending }

    /// The server's output, split into messages.
    private final class Inbox: @unchecked Sendable {
        // NSCondition guards every stored property.
        private let condition = NSCondition()
        private var splitter = MessageSplitter()
        private var messages: [IncomingMessage] = []

        func receive(_ bytes: [UInt8]) {
            condition.lock()
            for case .body(let body) in splitter.append(bytes) {
                if let message = try? IncomingMessage(body: Data(body)) { messages.append(message) }
            }
            condition.broadcast()
            condition.unlock()
        }

        var pending: [IncomingMessage] {
            condition.lock()
            defer { condition.unlock() }
            return messages
        }

        func take(timeout: Duration, _ matches: (IncomingMessage) -> Bool) -> IncomingMessage? {
            let deadline = Date(timeIntervalSinceNow: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let index = messages.firstIndex(where: matches) { return messages.remove(at: index) }
                guard condition.wait(until: deadline) else { return messages.firstIndex(where: matches).map { messages.remove(at: $0) } }
            }
        }
    }
}
