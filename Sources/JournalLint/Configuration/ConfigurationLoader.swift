import Foundation

/// Finds, reads and caches `.steady.yml` files.
///
/// Discovery: from the folder of each linted file upward to the file system root, the first folder
/// holding `.steady.yml` (or `.steady.yaml`; the `.yml` spelling wins when both exist) gives the
/// whole configuration. Nearest wins and nothing is merged across levels, so the file a person
/// opens is the whole truth for the journals beside it. A configuration given explicitly
/// (`--config FILE`) takes precedence over discovery for every file.
///
/// The walk is by path text (the folder as given, made absolute), not by resolving symbolic links,
/// so a journal folder that is a link into a synced folder uses the configuration the person sees
/// around it. Results are cached per folder, and loaded files per path: many journal files share a
/// folder, and the CLI reads them in parallel (the loader is safe to share between threads).
public final class ConfigurationLoader: @unchecked Sendable {
    /// The names looked for in each folder, in order of preference.
    public static let fileNames = [".steady.yml", ".steady.yaml"]

    /// The folder relative paths are resolved against.
    public let currentDirectory: String

    private let lock = NSLock()
    private var discovered: [String: String?] = [:]
    private var loaded: [String: Result<LintConfiguration, ConfigurationError>] = [:]

    /// - Parameter currentDirectory: the folder relative paths start from; the process's by default.
    public init(currentDirectory: String? = nil) {
        self.currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
    }

    /// The nearest configuration file for a journal file, searching upward from its folder.
    /// - Parameter path: the journal file, as given (relative or absolute).
    /// - Returns: the configuration file's absolute path, or `nil` if no folder up to the root has one.
    public func discover(forFileAt path: String) -> String? {
        discover(fromFolder: ConfigurationPath.folder(of: ConfigurationPath.absolute(path, relativeTo: currentDirectory)))
    }

    /// The nearest configuration file searching upward from a folder (for standard input, the
    /// current folder).
    public func discover(fromFolder folder: String) -> String? {
        var current = ConfigurationPath.absolute(folder, relativeTo: currentDirectory)
        var visited: [String] = []
        var found: String?
        while true {
            if let cached = withLock({ discovered[current] }) {
                found = cached
                break
            }
            visited.append(current)
            if let file = Self.fileNames.lazy.map({ ConfigurationPath.appending($0, to: current) }).first(where: Self.isRegularFile) {
                found = file
                break
            }
            if current == "/" { break }
            current = ConfigurationPath.folder(of: current)
        }
        withLock {
            for folder in visited { discovered[folder] = found }
        }
        return found
    }

    /// Reads and checks a configuration file. Loaded files are cached by path.
    /// - Parameters:
    ///   - path: the configuration file, as given (it is shown as given in errors and provenance).
    ///   - knownRuleIDs: the rule ids `rules:` may name (the rule registry's ids).
    /// - Throws: `ConfigurationError` with the file, line and column of the first problem.
    public func load(contentsOf path: String, knownRuleIDs: Set<String>) throws(ConfigurationError) -> LintConfiguration {
        let cacheKey = path + "\u{0}" + knownRuleIDs.sorted().joined(separator: ",")
        if let cached = withLock({ loaded[cacheKey] }) { return try cached.get() }
        let result = Result { () throws(ConfigurationError) in try read(path, knownRuleIDs: knownRuleIDs) }
        withLock { loaded[cacheKey] = result }
        return try result.get()
    }

    /// The configuration that applies to a journal file: the explicit one if given, else the
    /// nearest discovered one, else the defaults.
    /// - Parameters:
    ///   - path: the journal file; `nil` for standard input (discovery starts in the current folder).
    ///   - explicitPath: a configuration file given with `--config`, which wins over discovery.
    ///   - knownRuleIDs: the rule ids `rules:` may name.
    public func configuration(forFileAt path: String?, explicitPath: String? = nil, knownRuleIDs: Set<String>)
        throws(ConfigurationError) -> LintConfiguration
    {
        if let explicitPath { return try load(contentsOf: explicitPath, knownRuleIDs: knownRuleIDs) }
        let found = path.map(discover(forFileAt:)) ?? discover(fromFolder: currentDirectory)
        guard let found else { return .default }
        return try load(contentsOf: found, knownRuleIDs: knownRuleIDs)
    }

    /// Parses configuration text (for tests, and for configuration from somewhere other than a file).
    /// - Parameters:
    ///   - text: the YAML.
    ///   - path: the name to use in errors and provenance; its folder anchors `ignore:` globs.
    ///   - knownRuleIDs: the rule ids `rules:` may name.
    ///   - currentDirectory: the folder a relative `path` is relative to.
    public static func parse(
        _ text: String, path: String = ".steady.yml", knownRuleIDs: Set<String>,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ConfigurationError) -> LintConfiguration {
        let baseFolder = ConfigurationPath.folder(of: ConfigurationPath.absolute(path, relativeTo: currentDirectory))
        var parser = ConfigurationParser(text: text, path: path, knownRuleIDs: knownRuleIDs, baseFolder: baseFolder)
        return try parser.parse()
    }

    private func read(_ path: String, knownRuleIDs: Set<String>) throws(ConfigurationError) -> LintConfiguration {
        let absolute = ConfigurationPath.absolute(path, relativeTo: currentDirectory)
        let bytes: [UInt8]
        switch ConfigurationFile.read(absolute) {
        case .success(let read): bytes = read
        case .failure(let failure): throw ConfigurationError(path: path, line: nil, column: nil, problem: .unreadable(reason: failure.reason))
        }
        if let (line, column) = ConfigurationFile.firstInvalidUTF8(in: bytes) {
            throw ConfigurationError(path: path, line: line, column: column, problem: .invalidEncoding)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return try Self.parse(text, path: path, knownRuleIDs: knownRuleIDs, currentDirectory: currentDirectory)
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    private func withLock<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
