import Synchronization

/// Which folders are inside an Obsidian vault: a folder whose own or an enclosing folder holds
/// a `.obsidian/` folder (the vault's settings, which Obsidian creates at its root). There the
/// Dataview plugin reads `key:: value` as an inline field, so Steady reads `temp:: red` as
/// meant with no note (docs/format.md, "Obsidian vaults").
///
/// Each folder is looked at once per value (one `stat` per folder up to the vault's root or the
/// file system's), so a run over many notes of a few folders costs a few `stat`s.
public final class ObsidianVaults: Sendable {
    private let known = Mutex<[String: Bool]>([:])
    /// The answer for each folder as the paths asked about name it (relative or not), so that
    /// the notes of one folder cost one look-up, not a path made absolute each.
    private let byGivenFolder = Mutex<[String: Bool]>([:])
    private let currentDirectory: String

    /// - Parameter currentDirectory: the folder relative paths start from.
    public init(currentDirectory: String? = nil) {
        self.currentDirectory = currentDirectory ?? JournalFiles.currentWorkingDirectory()
    }

    /// Whether the file at `path` (absolute, or relative to the current folder) is in a vault.
    public func contains(file path: String) -> Bool {
        let given = LexicalPath.folder(of: path)
        if let answer = byGivenFolder.withLock({ $0[given] }) { return answer }
        let answer = isInVault(folder: LexicalPath.folder(of: LexicalPath.absolute(path, relativeTo: currentDirectory)))
        byGivenFolder.withLock { $0[given] = answer }
        return answer
    }

    /// Whether `folder` (absolute) or one above it holds `.obsidian/`.
    private func isInVault(folder: String) -> Bool {
        var visited: [String] = []
        var folder = folder
        var answer = false
        while true {
            if let cached = known.withLock({ $0[folder] }) {
                answer = cached
                break
            }
            visited.append(folder)
            if case .success(let status) = FileStatus.of(LexicalPath.appending(".obsidian", to: folder), followingSymbolicLinks: true),
               status.kind == .folder {
                answer = true
                break
            }
            let parent = LexicalPath.folder(of: folder)
            if parent == folder || folder == "/" { break }
            folder = parent
        }
        known.withLock { known in
            for folder in visited { known[folder] = answer }
        }
        return answer
    }

    /// Folders may have become vaults (or stopped being ones) since they were looked at.
    public func forget() {
        known.withLock { $0 = [:] }
        byGivenFolder.withLock { $0 = [:] }
    }
}
