extension JournalFileFinder {
    /// The journal files directly in one folder (not in its subfolders), as the walk would find
    /// them: regular files (symbolic links followed) with a journal extension, hidden names and
    /// what `shouldIgnore` ignores left out, sorted by name. Paths are `folder` joined to each name
    /// (`LexicalPath.appending`), so they read like the folder as given. A folder that cannot be
    /// listed has none: this looks for context, and a folder nobody named is no one's error.
    public func journalFiles(inFolder folder: String) -> [String] {
        let fsPath = folder.hasPrefix("/") ? folder : currentDirectory + "/" + folder
        guard case .success(let listing) = FolderListing.read(fsPath) else { return [] }
        var paths: [String] = []
        for entry in listing.entries {
            guard case .success(let status) = entry.status, status.kind == .regularFile, !entry.nameWasRepaired,
                  listing.withName(of: entry, JournalFileFinder.hasJournalExtension) else { continue }
            let path = LexicalPath.appending(listing.name(of: entry), to: folder)
            let candidate = Candidate(path: path, currentDirectory: currentDirectory, isFolder: false, isExplicit: false)
            if !shouldIgnore(candidate) { paths.append(path) }
        }
        return paths
    }

    /// The folders directly in one folder, as the walk would enter them: hidden ones and what
    /// `shouldIgnore` ignores left out, sorted by name, each as `folder` joined to its name. A
    /// folder that cannot be listed has none.
    public func subfolders(inFolder folder: String) -> [String] {
        let fsPath = folder.hasPrefix("/") ? folder : currentDirectory + "/" + folder
        guard case .success(let listing) = FolderListing.read(fsPath) else { return [] }
        var paths: [String] = []
        for entry in listing.entries {
            guard case .success(let status) = entry.status, status.kind == .folder, !entry.nameWasRepaired else { continue }
            let path = LexicalPath.appending(listing.name(of: entry), to: folder)
            if !shouldIgnore(Candidate(path: path, currentDirectory: currentDirectory, isFolder: true, isExplicit: false)) { paths.append(path) }
        }
        return paths
    }

    /// Whether a file at `path` would be among `journalFiles(inFolder:)` of its folder, were it
    /// on disk: a journal extension, not hidden, not ignored. For files that may not exist yet
    /// (an editor's unsaved note), which no listing can have judged.
    public func wouldList(file path: String) -> Bool {
        let name = LexicalPath.lastComponent(of: path)
        guard !name.hasPrefix("."), JournalFileFinder.hasJournalExtension(name) else { return false }
        return !shouldIgnore(Candidate(path: path, currentDirectory: currentDirectory, isFolder: false, isExplicit: false))
    }
}
