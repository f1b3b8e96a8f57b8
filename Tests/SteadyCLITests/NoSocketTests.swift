import Foundation
import Testing

/// Steady promises it never touches the network; a command that opens a socket at all breaks that
/// promise. `install-hook` did, through Foundation's `Process` (two loopback UDP sockets to wake its
/// run loop). strace watches every command's system calls, in child processes too.
@Suite("no sockets", .enabled(if: Subprocess.which("strace") != nil && GitSandbox.gitPath != nil,
                             "strace or git not on PATH (Scripts/bootstrap installs strace)"))
struct NoSocketTests {
    /// The socket-family calls strace saw while `arguments` ran in `folder`.
    private func socketCalls(_ arguments: [String], in folder: String) async throws -> [String] {
        let log = folder + "/.strace.log"
        let strace = try #require(Subprocess.which("strace"))
        let output = try await Subprocess.run(strace, ["-f", "-e", "trace=%network", "-o", log, SteadyBinary.path] + arguments, in: folder)
        #expect(output.status == 0 || output.status == 1, "\(output.transcript)")
        let trace = try String(contentsOfFile: log, encoding: .utf8)
        return trace.split(separator: "\n").map(String.init).filter { $0.contains("socket(") || $0.contains("connect(") }
    }

    @Test("install-hook, lint, summary and parse open no socket")
    func commandsOpenNoSocket() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.write("2026-11-28.md", "## 21:40 No reply #no-reply\ntemp: red\n\nHe's going to leave me.\n")
        for command in [["install-hook"], ["lint", "."], ["lint", "--fix", "."], ["summary", "."], ["parse", "--format", "json", "."]] {
            let calls = try await socketCalls(command, in: sandbox.path)
            #expect(calls.isEmpty, "steady \(command.joined(separator: " ")) made network calls: \(calls)")
        }
    }
}
