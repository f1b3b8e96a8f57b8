/// What a `JSONRPCConnection` runs: the server's side of the conversation.
///
/// Every call comes from the connection's loop, one at a time, so a handler needs no locks.
public protocol MessageHandler: AnyObject {
    /// Handles one request, notification or response. Return `.stop` to end the loop (after `exit`).
    func handle(_ message: IncomingMessage, on connection: JSONRPCConnection) -> LoopControl
    /// When the handler next wants `deadlineReached` (a debounced lint), if ever.
    var nextDeadline: ContinuousClock.Instant? { get }
    /// Called once `nextDeadline` has passed.
    func deadlineReached(on connection: JSONRPCConnection)
}

public enum LoopControl: Sendable {
    case proceed
    case stop
}
