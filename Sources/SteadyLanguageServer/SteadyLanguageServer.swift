import Foundation
import JournalFiles
import JournalLint
import JournalModel
import LanguageServerProtocol
import SteadyRun

/// `steady lsp`: live findings, quick fixes, hover, completion and an outline for a journal open
/// in any editor that speaks the Language Server Protocol.
///
/// It lints the editor's buffers (never the files on disk), a moment after the last change
/// (`debounce`), and pushes the findings tagged with the buffer's version. It writes no file.
/// Every message is handled on the connection's loop, one at a time.
public final class SteadyLanguageServer: MessageHandler {
    public static let name = "steady"

    private enum State { case uninitialized, running, shuttingDown }
    private var state = State.uninitialized
    /// Whether `shutdown` came before `exit` (the process then exits 0).
    public private(set) var receivedShutdown = false

    private let version: String
    private let log: ServerLog
    private var encoding = PositionEncoding.utf16
    private var clientPullsDiagnostics = false
    private var conversion = DiagnosticConversion()
    private var debounce: Duration
    private var documents: [String: OpenDocument] = [:]
    private var outcomes: [String: (version: Int, outcome: DocumentLinter.Outcome)] = [:]
    /// Documents whose lint is waiting for the debounce, with when it is due.
    private var due: [String: ContinuousClock.Instant] = [:]
    private var configurations: ServerConfigurations
    private let linter: DocumentLinter
    private let tagIndex = TagIndex()
    /// The configuration problems last published, by configuration file path.
    private var publishedProblems: [String: ConfigurationError] = [:]
    /// The local date and time, for the new-entry action (tests set a fixed one).
    var clock: () -> (date: JournalDate, time: TimeOfDay) = LocalClock.now

    /// - Parameters:
    ///   - version: Steady's version, for `serverInfo`.
    ///   - debounce: how long after a change to lint (a client may set it at `initialize`).
    ///   - logToStandardError: whether to log (never journal text) to standard error.
    public convenience init(version: String, debounce: Duration = .milliseconds(5), logToStandardError: Bool = true) {
        self.init(version: version, debounce: debounce, log: logToStandardError ? .standardError : .silent)
    }

    /// - Parameter runSizes: when a large buffer is linted a run of days at a time (tests make
    ///   runs small, or turn them off to lint every buffer whole).
    init(version: String, debounce: Duration, log: ServerLog, runSizes: DocumentLinter.RunSizes = .standard) {
        self.version = version
        linter = DocumentLinter(runSizes: runSizes)
        self.debounce = debounce
        self.log = log
        configurations = ServerConfigurations(rootFolder: nil, log: log)
    }

    // MARK: MessageHandler

    public var nextDeadline: ContinuousClock.Instant? { due.values.min() }

    public func deadlineReached(on connection: JSONRPCConnection) {
        let now = ContinuousClock.now
        for (uri, when) in due where when <= now {
            lintAndPublish(uri, on: connection)
        }
        publishConfigurationProblems(on: connection)
    }

    public func handle(_ message: IncomingMessage, on connection: JSONRPCConnection) -> LoopControl {
        switch message.kind {
        case .response:
            return .proceed  // the answer to `client/registerCapability`: nothing to do
        case .notification(let method):
            if method == "exit" { return .stop }
            guard state != .uninitialized else { return .proceed }
            do {
                try handleNotification(method, message, on: connection)
            } catch {
                log.warning("\(method): \(error.message)")
            }
        case .request(let id, let method):
            do {
                switch state {
                case .uninitialized where method != "initialize": throw ResponseError.serverNotInitialized
                case .running where method == "initialize": throw ResponseError.invalidRequest("the server is initialized already")
                case .shuttingDown: throw ResponseError.invalidRequest("the server is shutting down")
                default: break
                }
                try handleRequest(id, method, message, on: connection)
            } catch {
                connection.reply(to: id, error: error as? ResponseError ?? .internalError("\(method) failed"))
            }
        }
        return .proceed
    }

    // MARK: Requests

    private func handleRequest(_ id: RequestID, _ method: String, _ message: IncomingMessage, on connection: JSONRPCConnection) throws(ResponseError) {
        switch method {
        case "initialize":
            connection.reply(to: id, result: initialize(try message.params(InitializeParams.self)))
        case "shutdown":
            state = .shuttingDown
            receivedShutdown = true
            connection.replyNull(to: id)
        case "textDocument/hover":
            let params = try message.params(TextDocumentPositionParams.self)
            guard let (document, outcome) = current(params.textDocument.uri, on: connection) else { return connection.replyNull(to: id) }
            connection.reply(to: id, result: HoverContent.hover(at: params.position, findings: outcome.findings, converter: document.converter(encoding)))
        case "textDocument/codeAction":
            let params = try message.params(CodeActionParams.self)
            guard let (document, outcome) = current(params.textDocument.uri, on: connection) else { return connection.reply(to: id, result: [CodeAction]()) }
            let converter = document.converter(encoding)
            let findings = outcome.findings.filter { converter.range($0.range).overlaps(params.range) }
            var actions = QuickFixes.actions(for: findings, in: document, encoding: encoding, conversion: conversion)
            let settings = configurations.settings(forDocumentAt: document.path, isFile: document.isFile)
            if let newEntry = NewEntryAction.action(for: document, configuration: settings.configuration, now: clock(), encoding: encoding) {
                actions.append(newEntry)
            }
            if let only = params.context.only { actions.removeAll { action in !only.contains { action.kind.hasPrefix($0) } } }
            connection.reply(to: id, result: actions)
        case "textDocument/completion":
            let params = try message.params(TextDocumentPositionParams.self)
            guard let (document, _) = current(params.textDocument.uri, on: connection) else { return connection.replyNull(to: id) }
            let tagPrefixes = configurations.settings(forDocumentAt: document.path, isFile: document.isFile).configuration.tagPrefixes
            connection.reply(to: id, result: CompletionProvider.completions(at: params.position, in: document, encoding: encoding,
                                                                            tags: knownTags(), tagPrefixes: tagPrefixes))
        case "textDocument/documentSymbol":
            let params = try message.params(TextDocumentParams.self)
            guard let (document, outcome) = current(params.textDocument.uri, on: connection) else { return connection.reply(to: id, result: [DocumentSymbol]()) }
            connection.reply(to: id, result: DocumentOutline.symbols(of: outcome.days, converter: document.converter(encoding)))
        case "textDocument/diagnostic":
            let params = try message.params(TextDocumentParams.self)
            guard let (document, outcome) = current(params.textDocument.uri, on: connection) else {
                return connection.reply(to: id, result: FullDocumentDiagnosticReport(items: []))
            }
            let converter = document.converter(encoding)
            connection.reply(to: id, result: FullDocumentDiagnosticReport(items: outcome.findings.map { conversion.diagnostic($0, converter: converter) }))
        default:
            throw .methodNotFound(method)
        }
    }

    private func initialize(_ params: InitializeParams) -> InitializeResult {
        state = .running
        let offered = params.capabilities.general?.positionEncodings ?? []
        // The client lists encodings in its order of preference; UTF-16 when it offers none.
        encoding = offered.lazy.compactMap(PositionEncoding.init(rawValue:)).first ?? .utf16
        clientPullsDiagnostics = params.capabilities.textDocument?.diagnostic != nil
        if let milliseconds = params.initializationOptions?.debounceMilliseconds, milliseconds >= 0 {
            debounce = .milliseconds(milliseconds)
        }
        // A link only where the client shows one, and only to where the writer said the rules'
        // documentation is: Steady has no address of its own to send anyone to.
        if params.capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport == true,
           let template = params.initializationOptions?.ruleDocumentation {
            if template.contains("{rule}") {
                conversion.ruleDocumentation = template
            } else {
                log.warning("ruleDocumentation has no {rule} in it; diagnostics are not linked to the rules' documentation")
            }
        }
        let root = params.rootUri.flatMap(DocumentURI.path(of:)) ?? params.workspaceFolders?.first.flatMap { DocumentURI.path(of: $0.uri) }
        configurations = ServerConfigurations(rootFolder: root, log: log)
        watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false
        log.info("initialized (positions in \(encoding.rawValue)\(clientPullsDiagnostics ? ", pull diagnostics too" : ""))")
        return InitializeResult(
            capabilities: ServerCapabilities(
                positionEncoding: encoding,
                textDocumentSync: .init(openClose: true, change: 2, save: true),
                hoverProvider: true,
                // Not the space: a list popping up at every space would get in the way of writing.
                completionProvider: .init(triggerCharacters: ["#", "@", ":", "("]),
                codeActionProvider: .init(codeActionKinds: ["quickfix", "source"]),
                documentSymbolProvider: true,
                diagnosticProvider: clientPullsDiagnostics ? .init(interFileDependencies: true, workspaceDiagnostics: false) : nil),
            serverInfo: .init(name: Self.name, version: version))
    }

    private var watchesFiles = false

    // MARK: Notifications

    private func handleNotification(_ method: String, _ message: IncomingMessage, on connection: JSONRPCConnection) throws(ResponseError) {
        switch method {
        case "initialized":
            if watchesFiles {
                let patterns = ["**/.steady.yml", "**/.steady.yaml", "**/*.md", "**/*.markdown"]
                connection.request("client/registerCapability", RegistrationParams(registrations: [
                    .init(id: "steady-watched-files", method: "workspace/didChangeWatchedFiles",
                          registerOptions: .init(watchers: patterns.map(RegistrationParams.Watcher.init))),
                ]))
            }
        case "textDocument/didOpen":
            let item = try message.params(DidOpenTextDocumentParams.self).textDocument
            let document = OpenDocument(uri: item.uri, version: item.version, text: item.text)
            documents[item.uri] = document
            if document.isFile {
                let journalFolder = configurations.configurationFolder(forDocumentAt: document.path)
                tagIndex.index(folder: journalFolder ?? LexicalPath.folder(of: document.path), recursive: journalFolder != nil)
            }
            lintAndPublish(item.uri, on: connection)
            scheduleNeighbours(of: item.uri)
            publishConfigurationProblems(on: connection)
        case "textDocument/didChange":
            let params = try message.params(DidChangeTextDocumentParams.self)
            guard var document = documents[params.textDocument.uri] else { return }
            document.apply(params.contentChanges, encoding: encoding)
            document.version = params.textDocument.version
            documents[document.uri] = document
            due[document.uri] = .now + debounce
            scheduleNeighbours(of: document.uri)
        case "textDocument/didClose":
            let uri = try message.params(DidCloseTextDocumentParams.self).textDocument.uri
            if let path = documents[uri]?.path { linter.close(path) }
            documents[uri] = nil
            outcomes[uri] = nil
            due[uri] = nil
            publish(on: connection, PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        case "textDocument/didSave":
            let uri = try message.params(DidSaveTextDocumentParams.self).textDocument.uri
            filesChanged(configurationChanged: DocumentURI.path(of: uri).map(ServerConfigurations.isConfigurationFile) ?? false, on: connection)
        case "workspace/didChangeWatchedFiles":
            let changes = try message.params(DidChangeWatchedFilesParams.self).changes
            let configurationChanged = changes.contains { DocumentURI.path(of: $0.uri).map(ServerConfigurations.isConfigurationFile) ?? false }
            filesChanged(configurationChanged: configurationChanged, on: connection)
        default:
            break  // `$/cancelRequest` is read by the connection; other notifications need nothing
        }
    }

    /// Files changed on disk: a configuration is read again, the day's files listed again, and
    /// every open document linted again.
    private func filesChanged(configurationChanged: Bool, on connection: JSONRPCConnection) {
        if configurationChanged { configurations.reload() }
        linter.forget()
        for uri in documents.keys { due[uri] = .now }
        deadlineReached(on: connection)
    }

    /// Other open documents of the same journal may share a day with this one: they are linted
    /// again too, wherever in the journal they are — a note in `daily/2027/` shares 2026-12-31's
    /// night with one in `daily/2026/`. Which of them count for a day is `DayContext`'s to say
    /// (as for `steady lint FILE`); this only makes sure none shows a count from before the change.
    private func scheduleNeighbours(of uri: String) {
        guard let document = documents[uri], document.isFile else { return }
        let journal = journalFolder(of: document.path)
        for (other, neighbour) in documents where other != uri && neighbour.isFile
            && LexicalPath.relative(neighbour.path, to: journal) != nil {
            due[other] = min(due[other] ?? .now + debounce, .now + debounce)
        }
    }

    /// The journal a note belongs to: the folder of the configuration file above it (the
    /// journal's root). Without one, the note's own folder, or for a year or month folder
    /// (`daily/2026/`, `daily/2026/11/`) the folder holding the years, as `DayContext` reads
    /// them (`JournalDayNeighbours.layoutRoot(of:)`); not the whole workspace, which may hold
    /// several journals.
    private func journalFolder(of path: String) -> String {
        if let folder = configurations.configurationFolder(forDocumentAt: path) { return folder }
        return JournalDayNeighbours.layoutRoot(of: path)
    }

    // MARK: Linting

    /// The document and its findings for its current text, linting first if a change is waiting.
    private func current(_ uri: String, on connection: JSONRPCConnection) -> (OpenDocument, DocumentLinter.Outcome)? {
        guard let document = documents[uri] else { return nil }
        if due[uri] != nil || outcomes[uri]?.version != document.version { lintAndPublish(uri, on: connection) }
        guard let outcome = outcomes[uri]?.outcome else { return nil }
        return (document, outcome)
    }

    private func lintAndPublish(_ uri: String, on connection: JSONRPCConnection) {
        due[uri] = nil
        guard let document = documents[uri], !(document.isFile && ServerConfigurations.isConfigurationFile(document.path)) else { return }
        var openDocuments: [String: [UInt8]] = [:]
        for open in documents.values where open.isFile { openDocuments[open.path] = open.bytes }
        let outcome = linter.lint(document, configurations: configurations, openDocuments: openDocuments)
        outcomes[uri] = (document.version, outcome)
        let converter = document.converter(encoding)
        publish(on: connection, PublishDiagnosticsParams(
            uri: uri, version: document.version, diagnostics: outcome.findings.map { conversion.diagnostic($0, converter: converter) }))
    }

    private func publish(on connection: JSONRPCConnection, _ params: PublishDiagnosticsParams) {
        connection.notify("textDocument/publishDiagnostics", encodedParams: PublishDiagnosticsJSON.encode(params))
    }

    /// A diagnostic for each problem of each broken configuration file, all at once; cleared once
    /// the file is fixed.
    private func publishConfigurationProblems(on connection: JSONRPCConnection) {
        let problems = configurations.problems
        guard problems != publishedProblems else { return }
        for (path, error) in problems where publishedProblems[path] != error {
            let uri = DocumentURI.uri(ofPath: path)
            let text = documents[uri]?.bytes ?? (FileManager.default.contents(atPath: path).map { Array($0) } ?? [])
            publish(on: connection, PublishDiagnosticsParams(
                uri: uri, version: nil,
                diagnostics: error.everyProblem.map { DiagnosticConversion.diagnostic($0, text: text, encoding: encoding) }))
        }
        for path in publishedProblems.keys where problems[path] == nil {
            publish(on: connection, PublishDiagnosticsParams(uri: DocumentURI.uri(ofPath: path), version: nil, diagnostics: []))
        }
        publishedProblems = problems
    }

    /// The tags used in the journal (as far as the index has read it) and in the open documents.
    private func knownTags() -> Set<String> {
        var tags = tagIndex.known
        for (_, linted) in outcomes {
            for entry in linted.outcome.days.entries { tags.formUnion(entry.tagNames) }
        }
        return tags
    }
}
