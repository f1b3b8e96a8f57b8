import Foundation
import Testing

/// A throwaway git repository with an isolated configuration (no global or system settings, so a
/// developer's core.hooksPath or commit signing cannot change a result).
struct GitSandbox {
    let root: TemporaryFolder
    /// The repository's work tree.
    let path: String
    let environment: [String: String]

    static var gitPath: String? { Subprocess.which("git") }

    /// PATH for git and hooks: git's folder and the system folders, so the hook finds sh tools.
    static var searchPath: String {
        var folders: [String] = []
        if let git = gitPath { folders.append((git as NSString).deletingLastPathComponent) }
        for folder in ["/usr/local/bin", "/usr/bin", "/bin"] where !folders.contains(folder) { folders.append(folder) }
        return folders.joined(separator: ":")
    }

    init(name: String = "journal") async throws {
        root = try TemporaryFolder(prefix: "steady-git")
        path = root.path + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.path + "/home", withIntermediateDirectories: true)
        environment = [
            "HOME": root.path + "/home",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_CEILING_DIRECTORIES": root.path,
            "GIT_AUTHOR_NAME": "Steady Test", "GIT_AUTHOR_EMAIL": "steady-test@localhost",
            "GIT_COMMITTER_NAME": "Steady Test", "GIT_COMMITTER_EMAIL": "steady-test@localhost",
            "PATH": Self.searchPath,
            "LC_ALL": "C",
        ]
        let initialised = try await git(["init", "-q"])
        try #require(initialised.status == 0, "\(initialised.transcript)")
    }

    func remove() { root.remove() }

    @discardableResult
    func git(_ arguments: [String], in folder: String? = nil, environment extra: [String: String] = [:]) async throws -> ProcessOutput {
        let git = try #require(Self.gitPath)
        return try await Subprocess.run(git, arguments, in: folder ?? path, environment: environment.merging(extra) { $1 })
    }

    /// `git commit -m message` (the hook runs); returns git's output.
    func commit(_ message: String, environment extra: [String: String] = [:]) async throws -> ProcessOutput {
        try await git(["commit", "-q", "-m", message], environment: extra)
    }

    /// Runs steady in the repository (or a folder in it) with the sandbox's environment.
    func steady(_ arguments: [String], in folder: String? = nil, executable: String = SteadyBinary.path,
                environment extra: [String: String] = [:]) async throws -> ProcessOutput {
        try await Subprocess.run(executable, arguments, in: folder ?? path, environment: environment.merging(extra) { $1 })
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let full = path + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ relativePath: String) throws -> String {
        try String(decoding: Data(contentsOf: URL(fileURLWithPath: path + "/" + relativePath)), as: UTF8.self)
    }

    var hookPath: String { path + "/.git/hooks/pre-commit" }
}
