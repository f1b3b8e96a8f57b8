import Foundation
import JournalModel
import LanguageServerProtocol
@testable import SteadyLanguageServer
import Synchronization

/// A `steady lsp` server and a client joined in memory: the server runs its loop on a thread of
/// its own, as it does over stdio, and the test speaks to it as an editor does.
final class ServerSession {
    let client: InMemoryClient
    let server: SteadyLanguageServer
    /// Every line the server logged.
    let logged = Locked<[String]>([])
    private let finished = Locked<Bool?>(nil)

    /// - Parameter chunkSizes: how the client's bytes are cut before the server reads them.
    /// - Parameter clock: the server's "now", for the new-entry action.
    /// - Parameter runSizes: when the server lints a large buffer a run of days at a time.
    init(chunkSizes: [Int] = [], debounce: Duration = .zero, clock: (() -> (date: JournalDate, time: TimeOfDay))? = nil,
         runSizes: DocumentLinter.RunSizes = .standard) {
        client = InMemoryClient(chunkSizes: chunkSizes)
        let logged = self.logged
        let log = ServerLog { line in logged.value.withLock { $0.append(line) } }
        let server = SteadyLanguageServer(version: "test", debounce: debounce, log: log, runSizes: runSizes)
        if let clock { server.clock = clock }
        self.server = server
        let connection = client.serverConnection
        let finished = self.finished
        // The server is used only by its loop's thread from here on.
        nonisolated(unsafe) let handler = server
        Thread {
            let stopped = connection.run(handler)
            finished.value.withLock { $0 = stopped }
        }.start()
    }

    /// Whether the loop has ended, and whether the handler stopped it (`exit`), once it has.
    var stoppedByHandler: Bool? { finished.value.withLock { $0 } }

    /// Everything logged so far, one string.
    var log: String { logged.value.withLock { $0.joined(separator: "\n") } }

    func waitUntilFinished() -> Bool? {
        for _ in 0..<2000 where stoppedByHandler == nil { usleep(1000) }
        return stoppedByHandler
    }

    /// Sends a request and decodes its answer.
    func request<Result: Decodable>(_ method: String, _ params: some Encodable, as type: Result.Type) throws -> Result? {
        let id = client.request(method, params)
        guard let response = client.response(to: id) else { throw Timeout(what: method) }
        return try response.result(Result.self)
    }

    @discardableResult
    func initialize(_ capabilities: ClientCapabilities = ClientCapabilities(), rootUri: String? = nil) throws -> InitializeResult {
        let result = try request("initialize", InitializeParams(rootUri: rootUri, capabilities: capabilities), as: InitializeResult.self)
        client.notify("initialized", EmptyObject())
        guard let result else { throw Timeout(what: "initialize result") }
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        client.notify("textDocument/didOpen", DidOpenTextDocumentParams(textDocument: .init(uri: uri, languageId: "markdown", version: version, text: text)))
    }

    func change(_ uri: String, version: Int, _ changes: [TextDocumentContentChangeEvent]) {
        client.notify("textDocument/didChange", DidChangeTextDocumentParams(textDocument: .init(uri: uri, version: version), contentChanges: changes))
    }

    /// The next diagnostics published for `uri`.
    func diagnostics(for uri: String) throws -> PublishDiagnosticsParams {
        guard let message = client.waitFor({ $0.kind == .notification(method: "textDocument/publishDiagnostics")
                && ((try? $0.params(PublishDiagnosticsParams.self))?.uri == uri) }) else { throw Timeout(what: "diagnostics for \(uri)") }
        return try message.params(PublishDiagnosticsParams.self)
    }

    func shutDown() throws {
        _ = try request("shutdown", EmptyObject(), as: EmptyObject.self)
        client.notify("exit", EmptyObject())
    }

    struct Timeout: Error { let what: String }
}

/// A mutex shared by reference between the test and the server's thread.
final class Locked<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ initial: Value) { value = Mutex(initial) }
}
