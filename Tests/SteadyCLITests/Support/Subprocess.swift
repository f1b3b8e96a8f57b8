import Foundation
import Testing

/// What a finished subprocess left behind.
struct ProcessOutput: Sendable {
    let status: Int32
    let stdout: [UInt8]
    let stderr: [UInt8]
    /// Whether it was killed for running past its time limit.
    let timedOut: Bool

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    /// Both streams, for failure messages.
    var transcript: String { "exit \(status)\n--- stdout ---\n\(stdoutText)\n--- stderr ---\n\(stderrText)" }
}

/// Runs programs with files (not pipes) for their output, so any amount of output is safe, and a
/// time limit, so a hang fails the test instead of the run.
enum Subprocess {
    /// Variables the tests set explicitly when they matter; removed from the inherited environment
    /// so a developer's shell cannot change a result.
    static let scrubbedVariables: Set<String> = ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "STEADY", "STEADY_BINARY", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]

    static func run(
        _ executable: String,
        _ arguments: [String],
        in folder: String? = nil,
        stdin: [UInt8]? = nil,
        environment overrides: [String: String] = [:],
        timeLimit seconds: Double = 120
    ) async throws -> ProcessOutput {
        let scratch = try TemporaryFolder(prefix: "steady-process")
        defer { scratch.remove() }
        let outPath = scratch.path + "/stdout"
        let errPath = scratch.path + "/stderr"
        let inPath = scratch.path + "/stdin"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(stdin ?? []))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var environment = ProcessInfo.processInfo.environment.filter { !scrubbedVariables.contains($0.key) }
        for (key, value) in overrides { environment[key] = value }
        process.environment = environment
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let inHandle = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? inHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle

        let timedOut = Flag()
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if process.isRunning {
                    timedOut.set()
                    kill(pid, SIGKILL)
                }
            }
        }
        let stdout = try [UInt8](Data(contentsOf: URL(fileURLWithPath: outPath)))
        let stderr = try [UInt8](Data(contentsOf: URL(fileURLWithPath: errPath)))
        return ProcessOutput(status: status, stdout: stdout, stderr: stderr, timedOut: timedOut.isSet)
    }

    /// The absolute path of a program on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A thread-safe one-way switch.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
