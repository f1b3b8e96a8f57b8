import Foundation
import Testing

/// The package and the built `steady` binary the tests run.
enum SteadyBinary {
    /// The package root (this file is Tests/SteadyCLITests/Support/Steady.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `steady` executable: `$STEADY_BINARY` if set; else the sibling of this test bundle in
    /// the build products folder (where `swift build --build-tests` puts it, whatever the triple
    /// or configuration); else `.build/debug/steady`.
    static let path: String = {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["STEADY_BINARY"], !override.isEmpty {
            candidates.append(override)
        }
        candidates.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("steady").path)
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("steady").path)
        }
        candidates.append(packageRoot + "/.build/debug/steady")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    static var exists: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs `steady` with `arguments` (from the package root unless `folder` is given).
    static func run(
        _ arguments: [String],
        in folder: String? = nil,
        stdin: [UInt8]? = nil,
        environment: [String: String] = [:],
        timeLimit: Double = 120
    ) async throws -> ProcessOutput {
        try #require(exists, "no steady binary at \(path); build it first (swift build --build-tests)")
        return try await Subprocess.run(path, arguments, in: folder ?? packageRoot, stdin: stdin,
                                        environment: environment, timeLimit: timeLimit)
    }

    /// A fixture file's URL (Tests/SteadyCLITests/Fixtures, copied into the test bundle).
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    }
}

extension ProcessOutput {
    /// Whether either stream contains an ANSI escape sequence.
    var hasANSIEscape: Bool { stdout.contains(0x1B) || stderr.contains(0x1B) }
}
