import Foundation
import JournalLint

/// The smaller pass through the built `steady` binary: the same promises as `PipelineCheck`, as
/// a person meets them (exit status instead of a signal, JSON on stdout, `lint --fix` twice on
/// a real file).
struct CLICheck {
    let steady: String
    let folder: String
    let timeLimit: Double
    /// Called before each launch: the supervisor's time limit is per launch, not per input.
    let heartbeat: () -> Void

    init(steady: String, folder: String, timeLimit: Double, heartbeat: @escaping () -> Void = {}) {
        self.steady = steady
        self.folder = folder
        self.timeLimit = timeLimit
        self.heartbeat = heartbeat
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func run(_ bytes: [UInt8]) throws(Failure) {
        let file = folder + "/2026-11-28.md"
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            throw Failure(kind: "fuzzer-error", reason: "could not write \(file)")
        }
        for command in [["parse", "--format", "json"], ["lint", "--format", "json"], ["lint", "--format", "sarif"],
                        ["summary", "--format", "json", "--compare"]] {
            let (output, status) = try launch(command + [file])
            // Exit 1 means findings, 2 unreadable input; either way stdout is the document,
            // except that `summary` refuses to summarise when a file could not be read (a
            // partial review could mislead; the reason is on stderr).
            if command[0] == "summary", status == 2, output.isEmpty { continue }
            try PipelineCheck.requireJSON(output, command.joined(separator: " "))
        }
        try launch(["lint", "--format", "text", "--color", "never", file])
        // Editors read --format gcc line by line: each line must be one whole finding.
        let (gcc, _) = try launch(["lint", "--format", "gcc", "--column-unit", "char", file])
        for line in gcc.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix(file + ":"), !text.unicodeScalars.contains(where: { $0.value < 0x20 }),
                  text.wholeMatch(of: /.+:[0-9]+:[0-9]+: (error|warning|note): .+ \[[a-z-]+\]/) != nil else {
                throw Failure(kind: "cli-gcc-not-one-line", reason: "steady lint --format gcc printed a line that is not one finding")
            }
        }
        if !gcc.isEmpty, gcc.last != UInt8(ascii: "\n") {
            throw Failure(kind: "cli-gcc-not-one-line", reason: "steady lint --format gcc output does not end with a line break")
        }
        try launch(["lint", "--fix", "--format", "json", file])
        let fixed = Array(FileManager.default.contents(atPath: file) ?? Data())
        // Fixes add lines and may rewrite syntax Steady read (`temp:: red` → `temp: red`): every
        // byte outside those syntax edits, as the library computes them for this file, must be
        // in the fixed file, in order.
        let fixes = LintEngine().lint(files: [(path: file, bytes: bytes)], configuration: .default).findings.compactMap(\.fix)
        guard PipelineCheck.isSubsequence(FixApplier.keptBytes(of: bytes, under: fixes), of: fixed) else {
            throw Failure(kind: "cli-fix-dropped-bytes", reason: "steady lint --fix lost or changed bytes of the file")
        }
        try launch(["lint", "--fix", "--format", "json", file])
        let refixed = Array(FileManager.default.contents(atPath: file) ?? Data())
        guard refixed == fixed else {
            throw Failure(kind: "cli-fix-not-idempotent", reason: "a second steady lint --fix changed the file again (\(fixed.count) → \(refixed.count) bytes)")
        }
    }

    /// Runs `steady` with `arguments`; its stdout, unless it died by a signal or ran too long.
    @discardableResult
    private func launch(_ arguments: [String]) throws(Failure) -> (output: [UInt8], status: Int32) {
        heartbeat()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: steady)
        process.arguments = arguments
        let out = folder + "/stdout"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: out) else { throw Failure(kind: "fuzzer-error", reason: "no \(out)") }
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(kind: "fuzzer-error", reason: "could not run \(steady): \(error)") }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw Failure(kind: "cli-hang", reason: "steady \(arguments.dropLast().joined(separator: " ")) ran past \(Int(timeLimit)) s")
            }
            usleep(2_000)
        }
        let name = "steady " + arguments.dropLast().joined(separator: " ")
        if process.terminationReason == .uncaughtSignal {
            throw Failure(kind: "cli-signal-\(process.terminationStatus)", reason: "\(name) died of signal \(process.terminationStatus)")
        }
        guard process.terminationStatus <= 2 else {
            throw Failure(kind: "cli-exit-\(process.terminationStatus)", reason: "\(name) exited \(process.terminationStatus)")
        }
        return (Array(FileManager.default.contents(atPath: out) ?? Data()), process.terminationStatus)
    }
}
