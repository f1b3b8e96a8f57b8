import ArgumentParser
import LanguageServerProtocol
import SteadyLanguageServer

extension Steady {
    /// `steady lsp`: the language server, over standard input and output.
    struct LSP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the language server (LSP over stdin/stdout) for live findings in an editor.",
            discussion: """
            Editors start this command themselves (docs/editors.md shows the setup for each). It lints \
            the text in the editor, as you type, with the same rules and .steady.yml as `steady lint`; \
            it never writes a file. Logs go to standard error and never hold your journal's words.

            Exit status: 0 after the editor's shutdown and exit, 1 when it stops without shutting down.
            """
        )

        @Flag(name: .long, help: "Accepted for editors that pass it (the server always speaks over stdin/stdout).")
        var stdio = false

        func run() throws {
            let server = SteadyLanguageServer(version: Steady.configuration.version)
            let connection = StandardIOTransport.makeConnection { Terminal.writeError("steady lsp: " + $0) }
            StandardIOTransport.startReading(into: connection)
            connection.run(server)
            if !server.receivedShutdown { throw ExitCode(1) }
        }
    }
}
