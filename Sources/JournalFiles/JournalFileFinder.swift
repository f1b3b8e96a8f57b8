#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a person gave into the journal files to read.
///
/// - `-` is standard input, passed through as `JournalSource.standardInput` (once, however often given).
/// - A folder is searched recursively for `*.md` and `*.markdown` files (extension in any case),
///   skipping every file and folder whose name starts with `.` (`.git`, `.obsidian`, editor backups).
///   A folder named explicitly is searched even if its own name starts with `.`.
/// - A file named explicitly is included whatever its extension: the person asked for it.
/// - Ignore rules (`shouldIgnore`, usually built from configuration globs) apply to everything,
///   explicitly named files included, so a pre-commit hook that passes every changed file honours
///   the configuration; explicitly named files that are ignored are reported in
///   `JournalFileSearch.ignoredFiles` so the CLI can say why they were skipped.
/// - Symbolic links to files and folders are followed. A folder is walked at most once (by device
///   and inode), which ends symbolic link loops and avoids linting a file twice through two paths;
///   a file reached twice is likewise yielded once.
/// - An empty path (`""`) is an error, not the current folder; a FIFO, socket or device named, or
///   found in a folder under a journal's name, is reported without being opened.
/// - Problems (a missing path, an unlistable folder, a broken link) do not stop the search: they are
///   collected in `JournalFileSearch.errors` and the caller chooses the exit code.
/// - Order is stable: the paths in the order given, and inside each folder, depth-first with
///   entries sorted by name (byte order), which is the order of their path components.
/// - Paths are shown as given (`Examples/daily/2026-11-20.md`), never made absolute; files found
///   under `.` are shown without the `./`.
public struct JournalFileFinder: Sendable {
    /// A path the finder is about to include or descend into, offered to `shouldIgnore`.
    public struct Candidate: Hashable, Sendable {
        /// The path as it will be shown (relative to what the person typed).
        public let path: String
        /// The folder `path` is relative to.
        let currentDirectory: String
        /// Whether the path is a folder (after following symbolic links).
        public let isFolder: Bool
        /// Whether the person named this path on the command line.
        public let isExplicit: Bool

        /// The path made absolute and normalised by text (see `LexicalPath`), for matching globs
        /// that are relative to a configuration file's folder. Computed on demand: most runs
        /// have no ignore globs, and a walk offers every file.
        public var absolutePath: String { LexicalPath.absolute(path, relativeTo: currentDirectory) }
    }

    /// Decides whether a candidate is skipped; a skipped folder is not descended into.
    public typealias IgnorePredicate = @Sendable (Candidate) -> Bool

    /// The folder relative paths are resolved against.
    public var currentDirectory: String
    /// The ignore rule; by default nothing is ignored.
    public var shouldIgnore: IgnorePredicate

    /// - Parameters:
    ///   - currentDirectory: the folder relative paths start from; the process's by default.
    ///   - shouldIgnore: the ignore rule, e.g. built from `IgnorePatterns`.
    public init(currentDirectory: String? = nil, shouldIgnore: @escaping IgnorePredicate = { _ in false }) {
        self.currentDirectory = currentDirectory ?? currentWorkingDirectory()
        self.shouldIgnore = shouldIgnore
    }

    /// A finder that ignores what any of the given pattern sets ignores.
    public init(currentDirectory: String? = nil, ignoring patternSets: [IgnorePatterns]) {
        self.init(currentDirectory: currentDirectory) { candidate in
            patternSets.contains { $0.ignores(absolutePath: candidate.absolutePath, isFolder: candidate.isFolder) }
        }
    }

    /// Whether a name has a journal extension: `.md` or `.markdown`, in any case.
    public static func hasJournalExtension(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { hasJournalExtension($0) }
    }

    /// `hasJournalExtension(_:)` of a name's UTF-8 bytes. Asked of every file in a walk: decided
    /// on the bytes when the dot and what follows it are plain ASCII (then characters are bytes),
    /// else by the `Character` rules.
    static func hasJournalExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
        if dot > 0, bytes[dot - 1] < 0x80, !bytes[(dot + 1)...].contains(where: { $0 >= 0x80 }) {
            let fileExtension = bytes[(dot + 1)...]
            return equalsIgnoringASCIICase(fileExtension, "md") || equalsIgnoringASCIICase(fileExtension, "markdown")
        }
        let name = String(decoding: bytes, as: UTF8.self)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return fileExtension == "md" || fileExtension == "markdown"
    }

    private static func equalsIgnoringASCIICase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { byte, wanted in
                byte == wanted || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && byte + 32 == wanted)
            }
        }
    }

    /// Finds the journal files under the given paths.
    /// - Parameter paths: files, folders, or `-` for standard input, as typed.
    /// - Returns: the sources in a stable order, the problems met, and the named files ignored.
    public func find(_ paths: [String]) -> JournalFileSearch {
        find(paths) { _ in }
    }

    /// Finds the journal files under the given paths, handing each to `found` as soon as it is
    /// found (in the same order as `JournalFileSearch.sources`), so a caller can start reading
    /// the first files while the rest of a large folder is still being walked.
    /// - Returns: the same search as `find(_:)`, all sources included.
    public func find(_ paths: [String], found: (JournalSource) -> Void) -> JournalFileSearch {
        withoutActuallyEscaping(found) { found in
            var walk = Walk(finder: self, found: found)
            for path in paths {
                walk.visitExplicit(path)
            }
            return walk.result
        }
    }

    /// The state of one search: what has been found and which folders and files were already seen.
    private struct Walk {
        let finder: JournalFileFinder
        /// Told of each source as it is added to `result.sources`.
        let found: (JournalSource) -> Void
        var result = JournalFileSearch()
        var visitedFolders = Set<FileIdentity>()
        var yieldedFiles = Set<FileIdentity>()
        var includesStandardInput = false

        init(finder: JournalFileFinder, found: @escaping (JournalSource) -> Void) {
            self.finder = finder
            self.found = found
        }

        /// The path to hand to the kernel: relative paths joined to the finder's folder as text,
        /// so `..` is resolved by the kernel (after symbolic links), as the shell would.
        func systemPath(_ path: String) -> String {
            path.hasPrefix("/") ? path : finder.currentDirectory + "/" + path
        }

        mutating func visitExplicit(_ path: String) {
            if path == JournalSource.standardInputArgument {
                if !includesStandardInput {
                    includesStandardInput = true
                    result.sources.append(.standardInput)
                    found(.standardInput)
                }
                return
            }
            // "" would be joined into the current folder's own path and its files shown as
            // `/name`, which is another file altogether.
            if path.isEmpty {
                result.errors.append(.emptyPath)
                return
            }
            let fsPath = systemPath(path)
            switch FileStatus.of(fsPath, followingSymbolicLinks: true) {
            case .failure(let error):
                if error.code == ENOENT || error.code == ENOTDIR {
                    if case .success = FileStatus.of(fsPath, followingSymbolicLinks: false) {
                        result.errors.append(.brokenSymbolicLink(path: path))
                    } else {
                        result.errors.append(.noSuchFileOrFolder(path: path))
                    }
                } else {
                    result.errors.append(.unreadableFile(path: path, reason: error.reason))
                }
            case .success(let status):
                let candidate = makeCandidate(path, isFolder: status.kind == .folder, isExplicit: true)
                if status.kind == .folder {
                    walkFolder(displayPath: path, fsPath: fsPath, identity: status.identity)
                } else if let kind = status.specialKind {
                    result.errors.append(.notARegularFile(path: path, kind: kind))
                } else if finder.shouldIgnore(candidate) {
                    result.ignoredFiles.append(path)
                } else {
                    include(path, identity: status.identity)
                }
            }
        }

        func makeCandidate(_ path: String, isFolder: Bool, isExplicit: Bool) -> Candidate {
            Candidate(path: path, currentDirectory: finder.currentDirectory, isFolder: isFolder, isExplicit: isExplicit)
        }

        mutating func include(_ path: String, identity: FileIdentity) {
            guard yieldedFiles.insert(identity).inserted else { return }
            result.sources.append(.file(path: path))
            found(.file(path: path))
        }

        mutating func walkFolder(displayPath: String, fsPath: String, identity: FileIdentity) {
            guard visitedFolders.insert(identity).inserted else { return }
            let listing: FolderListing
            switch FolderListing.read(fsPath) {
            case .failure(let error):
                result.errors.append(.unreadableFolder(path: displayPath, reason: error.reason))
                return
            case .success(let listed):
                listing = listed
            }
            // Every child's path is one of these followed by its name (see `LexicalPath.appending`).
            let displayPrefix = Array(LexicalPath.appending("", to: displayPath).utf8)
            let fsPrefix = fsPath.hasSuffix("/") ? fsPath : fsPath + "/"
            for entry in listing.entries {
                let status: FileStatus
                switch entry.status {
                case .success(let found):
                    status = found
                case .failure(let error):
                    // Gone since listing, or a link to nothing: only worth a word if it looks like a journal.
                    if listing.withName(of: entry, JournalFileFinder.hasJournalExtension) {
                        let childDisplay = childPath(displayPrefix, listing, entry)
                        if entry.isSymbolicLink && error.code == ENOENT {
                            result.errors.append(.brokenSymbolicLink(path: childDisplay))
                        } else if error.code != ENOENT {
                            result.errors.append(.unreadableFile(path: childDisplay, reason: error.reason))
                        }
                    }
                    continue
                }
                if entry.nameWasRepaired {
                    // Its repaired name opens nothing: a folder, or a file that looks like a
                    // journal, is reported so that no journal is passed over without a word.
                    let isFolder = status.kind == .folder
                    if isFolder || listing.withName(of: entry, JournalFileFinder.hasJournalExtension) {
                        let childDisplay = childPath(displayPrefix, listing, entry)
                        if !finder.shouldIgnore(makeCandidate(childDisplay, isFolder: isFolder, isExplicit: false)) {
                            result.errors.append(.invalidName(path: childDisplay, isFolder: isFolder))
                        }
                    }
                    continue
                }
                switch status.kind {
                case .folder:
                    let childDisplay = childPath(displayPrefix, listing, entry)
                    if finder.shouldIgnore(makeCandidate(childDisplay, isFolder: true, isExplicit: false)) { continue }
                    walkFolder(displayPath: childDisplay, fsPath: fsPrefix + listing.name(of: entry), identity: status.identity)
                case .regularFile:
                    guard listing.withName(of: entry, JournalFileFinder.hasJournalExtension) else { continue }
                    let childDisplay = childPath(displayPrefix, listing, entry)
                    if finder.shouldIgnore(makeCandidate(childDisplay, isFolder: false, isExplicit: false)) { continue }
                    include(childDisplay, identity: status.identity)
                case .symbolicLink, .other:
                    // FIFOs, sockets and devices are never journals; one named like a journal is
                    // reported (never opened), the rest are passed over in silence.
                    if let kind = status.specialKind, listing.withName(of: entry, JournalFileFinder.hasJournalExtension) {
                        let childDisplay = childPath(displayPrefix, listing, entry)
                        if !finder.shouldIgnore(makeCandidate(childDisplay, isFolder: false, isExplicit: false)) {
                            result.errors.append(.notARegularFile(path: childDisplay, kind: kind))
                        }
                    }
                    continue
                }
            }
        }

        /// `prefix` followed by an entry's name, made in one allocation (`+` made two strings).
        func childPath(_ prefix: [UInt8], _ listing: FolderListing, _ entry: FolderListing.Entry) -> String {
            listing.withName(of: entry) { name in
                // Room for exactly both; never zero bytes (a listed name is never empty), so
                // the buffer has an address. The bytes are validated as the string is made.
                String(unsafeUninitializedCapacity: prefix.count + name.count) { buffer in
                    let base = buffer.baseAddress!
                    prefix.withUnsafeBufferPointer { if let source = $0.baseAddress { base.initialize(from: source, count: $0.count) } }
                    if let source = name.baseAddress { (base + prefix.count).initialize(from: source, count: name.count) }
                    return prefix.count + name.count
                }
            }
        }
    }
}

/// The outcome of `JournalFileFinder.find(_:)`.
public struct JournalFileSearch: Sendable {
    /// The journal sources to read, in a stable order.
    public var sources: [JournalSource] = []
    /// Problems met on the way; the search went on past each of them.
    public var errors: [JournalFileError] = []
    /// Files named explicitly that the ignore rule skipped, as typed.
    public var ignoredFiles: [String] = []
}
