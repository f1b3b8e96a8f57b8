import Foundation
import Synchronization
import LanguageServerProtocol
import Testing

@Suite("JSON-RPC connection and lifecycle", .serialized)
struct JSONRPCConnectionTests {
    @Test("messages cut into chunks of 1 and 7 bytes are read as sent", arguments: [[1], [7], [3, 1000]])
    func chunked(sizes: [Int]) throws {
        let session = ServerSession(chunkSizes: sizes)
        let result = try session.initialize()
        #expect(result.serverInfo.name == "steady")
        #expect(result.capabilities.positionEncoding == .utf16)
        try session.shutDown()
        #expect(session.waitUntilFinished() == true)
    }

    @Test("a request before initialize is refused, an unknown method is reported, an unknown notification ignored")
    func refusals() throws {
        let session = ServerSession()
        #expect(throws: ResponseError.serverNotInitialized) {
            try session.request("textDocument/hover", TextDocumentPositionParams(textDocument: .init(uri: "file:///a.md"), position: .init(line: 0, character: 0)), as: Hover.self)
        }
        try session.initialize()
        session.client.notify("$/setTrace", EmptyObject())
        #expect(throws: ResponseError.self) { try session.request("workspace/symbol", EmptyObject(), as: EmptyObject.self) }
        try session.shutDown()
        #expect(session.waitUntilFinished() == true)
        #expect(session.server.receivedShutdown)
    }

    @Test("a request cancelled while it waits is answered RequestCancelled and not run")
    func cancellation() throws {
        let client = InMemoryClient()
        // Nothing runs the loop yet, so the request waits in the queue when its cancellation comes.
        let id = client.request("initialize", InitializeParams())
        client.notify("$/cancelRequest", CancelParams(id: id))
        let handler = RecordingHandler()
        let loopEnded = DispatchSemaphore(value: 0)
        Thread { client.serverConnection.run(handler); loopEnded.signal() }.start()
        let response = try #require(client.response(to: id))
        #expect(throws: ResponseError.requestCancelled) { try response.result(EmptyObject.self) }
        client.notify("exit", EmptyObject())
        // The loop ends on `exit`; waiting for that (not for a fixed time) keeps a loaded machine
        // from reading the handler before the loop has handed it `exit`.
        #expect(loopEnded.wait(timeout: .now() + 30) == .success)
        #expect(client.notification("never", timeout: .milliseconds(50)) == nil)
        #expect(handler.methods.withLock { $0 } == ["$/cancelRequest", "exit"])
    }

    @Test("exit without shutdown ends the loop with the shutdown not received (the command exits 1)")
    func exitWithoutShutdown() throws {
        let session = ServerSession()
        try session.initialize()
        session.client.notify("exit", EmptyObject())
        #expect(session.waitUntilFinished() == true)
        #expect(!session.server.receivedShutdown)
    }

    @Test("after shutdown, requests are refused")
    func afterShutdown() throws {
        let session = ServerSession()
        try session.initialize()
        _ = try session.request("shutdown", EmptyObject(), as: EmptyObject.self)
        #expect(throws: ResponseError.self) {
            try session.request("textDocument/documentSymbol", TextDocumentParams(textDocument: .init(uri: "file:///a.md")), as: [DocumentSymbol].self)
        }
        session.client.notify("exit", EmptyObject())
        #expect(session.waitUntilFinished() == true)
    }

    @Test("a body that is not JSON is answered with a parse error and the next message is still read")
    func garbage() throws {
        let written = Locked<[UInt8]>([])
        let connection = JSONRPCConnection(write: { bytes in written.value.withLock { $0 += bytes } })
        connection.receive(MessageFraming.frame(Array("{not json".utf8)) + MessageFraming.frame(Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8)))
        connection.inputEnded()
        let handler = RecordingHandler()
        #expect(connection.run(handler))
        let output = String(decoding: written.value.withLock { $0 }, as: UTF8.self)
        #expect(output.contains(#""code":-32700"#))
        #expect(output.contains(#""id":null"#))
        #expect(handler.methods.withLock { $0 } == ["exit"])
    }
}

/// Records the methods it is handed; stops at `exit`.
final class RecordingHandler: MessageHandler, @unchecked Sendable {
    let methods = Mutex<[String]>([])
    var nextDeadline: ContinuousClock.Instant? { nil }
    func deadlineReached(on connection: JSONRPCConnection) {}
    func handle(_ message: IncomingMessage, on connection: JSONRPCConnection) -> LoopControl {
        methods.withLock { $0.append(message.method ?? "response") }
        return message.method == "exit" ? .stop : .proceed
    }
}

@Suite("lenient decoding of what clients send")
struct LenientDecodingTests {
    @Test("initialize with options and capabilities of unexpected shapes still starts the server")
    func oddInitialize() throws {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"initializationOptions":"fast","capabilities":{"general":{"positionEncodings":"utf-8"}}}}"#
        let message = try IncomingMessage(body: Data(body.utf8))
        let params = try message.params(InitializeParams.self)
        #expect(params.initializationOptions == nil)
        #expect(params.capabilities.general == nil)
    }

    @Test("a code action request whose diagnostics have numeric codes and no source is read, the diagnostics left out")
    func oddCodeAction() throws {
        let body = #"{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a.md"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"code":3,"message":"x"}]}}}"#
        let params = try IncomingMessage(body: Data(body.utf8)).params(CodeActionParams.self)
        #expect(params.context.diagnostics.isEmpty)
        #expect(params.range.end.character == 1)
    }
}
