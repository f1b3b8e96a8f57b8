import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

@Suite("JournalFileFinder")
struct JournalFileFinderTests {
    private func paths(_ search: JournalFileSearch) -> [String] {
        search.sources.map(\.description)
    }

    @Test func findsJournalFilesRecursivelyInStableOrder() throws {
        let root = try TemporaryFolder()
        try root.file("journal/daily/2026-11-21.md")
        try root.file("journal/daily/2026-11-20.md")
        try root.file("journal/b.markdown")
        try root.file("journal/a-dir/z.md")
        try root.file("journal/UPPER.MD")
        try root.file("journal/notes.txt")
        try root.file("journal/no-extension")
        let finder = JournalFileFinder(currentDirectory: root.path)
        let search = finder.find(["journal"])
        #expect(search.errors.isEmpty)
        #expect(paths(search) == [
            "journal/UPPER.MD",
            "journal/a-dir/z.md",
            "journal/b.markdown",
            "journal/daily/2026-11-20.md",
            "journal/daily/2026-11-21.md",
        ])
    }

    @Test func handsOverEachSourceAsFoundInTheSearchOrder() throws {
        let root = try TemporaryFolder()
        try root.file("journal/daily/2026-11-21.md")
        try root.file("journal/daily/2026-11-20.md")
        try root.file("journal/b.markdown")
        try root.file("journal/notes.txt")
        try root.file("other.md")
        var handedOver: [String] = []
        let search = JournalFileFinder(currentDirectory: root.path).find(["journal", "-", "other.md", "journal/b.markdown"]) {
            handedOver.append($0.description)
        }
        #expect(handedOver == paths(search))
        #expect(handedOver == ["journal/b.markdown", "journal/daily/2026-11-20.md", "journal/daily/2026-11-21.md", "<stdin>", "other.md"])
    }

    @Test func pathsAreShownAsGiven() throws {
        let root = try TemporaryFolder()
        try root.file("Examples/daily/2026-11-20.md")
        let finder = JournalFileFinder(currentDirectory: root.path)
        #expect(paths(finder.find(["Examples"])) == ["Examples/daily/2026-11-20.md"])
        #expect(paths(finder.find(["Examples/"])) == ["Examples/daily/2026-11-20.md"])
        #expect(paths(finder.find(["./Examples"])) == ["./Examples/daily/2026-11-20.md"])
        #expect(paths(finder.find(["."])) == ["Examples/daily/2026-11-20.md"])
        #expect(paths(finder.find([root.path + "/Examples"])) == [root.path + "/Examples/daily/2026-11-20.md"])
    }

    @Test func hiddenFilesAndFoldersAreSkipped() throws {
        let root = try TemporaryFolder()
        try root.file("j/.git/notes.md")
        try root.file("j/.obsidian/cache.md")
        try root.file("j/.hidden.md")
        try root.file("j/visible.md")
        let search = JournalFileFinder(currentDirectory: root.path).find(["j"])
        #expect(paths(search) == ["j/visible.md"])
    }

    @Test func aHiddenFolderNamedExplicitlyIsSearched() throws {
        let root = try TemporaryFolder()
        try root.file(".journal/a.md")
        #expect(paths(JournalFileFinder(currentDirectory: root.path).find([".journal"])) == [".journal/a.md"])
    }

    @Test func explicitFilesAreIncludedWhateverTheirExtension() throws {
        let root = try TemporaryFolder()
        try root.file("notes.txt")
        try root.file("journal")
        let search = JournalFileFinder(currentDirectory: root.path).find(["notes.txt", "journal"])
        #expect(paths(search) == ["notes.txt", "journal"])
    }

    @Test func standardInputPassesThroughOnce() throws {
        let root = try TemporaryFolder()
        try root.file("a.md")
        let search = JournalFileFinder(currentDirectory: root.path).find(["-", "a.md", "-"])
        #expect(search.sources == [.standardInput, .file(path: "a.md")])
    }

    @Test func missingPathIsAStructuredErrorAndTheSearchGoesOn() throws {
        let root = try TemporaryFolder()
        try root.file("a.md")
        let search = JournalFileFinder(currentDirectory: root.path).find(["missing", "a.md"])
        #expect(search.errors == [.noSuchFileOrFolder(path: "missing")])
        #expect(search.errors.first?.description.hasPrefix("no such file or folder: missing") == true)
        #expect(paths(search) == ["a.md"])
    }

    @Test func ignoreGlobsSkipFilesAndFolders() throws {
        let root = try TemporaryFolder()
        try root.file("drafts/a.md")
        try root.file("drafts/deep/b.md")
        try root.file("templates/daily.md")
        try root.file("templates/sub/kept.md")
        try root.file("daily/2026-11-20.md")
        try root.file("daily/x.tmp.md")
        let ignore = IgnorePatterns(["drafts/**", "templates/*.md", "*.tmp.md"], relativeTo: root.path)
        let finder = JournalFileFinder(currentDirectory: root.path, ignoring: [ignore])
        let search = finder.find(["."])
        #expect(paths(search) == ["daily/2026-11-20.md", "templates/sub/kept.md"])
    }

    @Test func ignoredFolderIsNotDescendedInto() throws {
        let root = try TemporaryFolder()
        try root.file("drafts/a.md")
        try root.file("keep/b.md")
        let asked = LockedValue<[String]>([])
        let finder = JournalFileFinder(currentDirectory: root.path) { candidate in
            asked.withLock { $0.append(candidate.path) }
            return candidate.isFolder && candidate.path == "drafts"
        }
        #expect(paths(finder.find(["."])) == ["keep/b.md"])
        #expect(!asked.withLock { $0 }.contains("drafts/a.md"))
    }

    @Test func explicitlyNamedIgnoredFileIsReported() throws {
        let root = try TemporaryFolder()
        try root.file("drafts/a.md")
        let ignore = IgnorePatterns(["drafts/"], relativeTo: root.path)
        let search = JournalFileFinder(currentDirectory: root.path, ignoring: [ignore]).find(["drafts/a.md"])
        #expect(search.sources.isEmpty)
        #expect(search.ignoredFiles == ["drafts/a.md"])
    }

    @Test func symbolicLinksToFilesAndFoldersAreFollowed() throws {
        let root = try TemporaryFolder()
        try root.file("real/a.md")
        try root.file("outside/b.md")
        try root.symbolicLink("real/link-to-b.md", to: root.path + "/outside/b.md")
        try root.symbolicLink("real/linked-folder", to: root.path + "/outside")
        let search = JournalFileFinder(currentDirectory: root.path).find(["real"])
        // b.md is reachable twice; it is yielded once, under the first path in order.
        #expect(paths(search) == ["real/a.md", "real/link-to-b.md"])
        #expect(search.errors.isEmpty)
    }

    @Test(.timeLimit(.minutes(1))) func symbolicLinkLoopsTerminate() throws {
        let root = try TemporaryFolder()
        try root.file("j/a.md")
        try root.file("j/sub/b.md")
        try root.symbolicLink("j/sub/up", to: "..")
        try root.symbolicLink("j/self", to: ".")
        try root.symbolicLink("j/sub/loop-a", to: "loop-b")
        try root.symbolicLink("j/sub/loop-b", to: "loop-a")
        let search = JournalFileFinder(currentDirectory: root.path).find(["j"])
        #expect(paths(search) == ["j/a.md", "j/sub/b.md"])
    }

    @Test func brokenLinkToAJournalIsReported() throws {
        let root = try TemporaryFolder()
        try root.file("j/a.md")
        try root.symbolicLink("j/gone.md", to: "nowhere.md")
        try root.symbolicLink("j/gone-folder", to: "nowhere")
        let search = JournalFileFinder(currentDirectory: root.path).find(["j"])
        #expect(paths(search) == ["j/a.md"])
        #expect(search.errors == [.brokenSymbolicLink(path: "j/gone.md")])
    }

    @Test func aFileGivenTwiceIsYieldedOnce() throws {
        let root = try TemporaryFolder()
        try root.file("j/a.md")
        let search = JournalFileFinder(currentDirectory: root.path).find(["j", "j/a.md"])
        #expect(paths(search) == ["j/a.md"])
    }

    @Test(.enabled(if: !isRunningAsRoot, "root lists folders whatever their permissions"))
    func unreadableFolderIsAStructuredError() throws {
        let root = try TemporaryFolder()
        try root.file("j/locked/a.md")
        try root.file("j/open.md")
        chmod(root.path + "/j/locked", 0)
        let search = JournalFileFinder(currentDirectory: root.path).find(["j"])
        #expect(paths(search) == ["j/open.md"])
        guard case .unreadableFolder(let path, _) = search.errors.first else {
            Issue.record("expected unreadableFolder, got \(search.errors)")
            return
        }
        #expect(path == "j/locked")
    }

    @Test(arguments: ["a.md", "a.MD", "a.Markdown", "2026-11-20.evening.md", "tägebuch.md", "日記.MD", "é.markdown"])
    func journalExtensions(name: String) {
        #expect(JournalFileFinder.hasJournalExtension(name))
    }

    @Test(arguments: ["a.txt", "md", ".md", "a.mdx", "a.md.bak", "a.mé", "a.m", "a.", "a.markdowns", "a.d"])
    func notJournalExtensions(name: String) {
        #expect(!JournalFileFinder.hasJournalExtension(name))
    }

    /// Folder entries are listed in the order of their UTF-8 bytes, not by locale or `Character`s.
    @Test func entriesInByteOrder() throws {
        let root = try TemporaryFolder()
        for name in ["b.md", "C.md", "a.md", "ä.md", "a-b.md", "ab.md", "a.markdown"] { try root.file(name) }
        let search = JournalFileFinder(currentDirectory: root.path).find(["."])
        #expect(paths(search) == ["C.md", "a-b.md", "a.markdown", "a.md", "ab.md", "b.md", "ä.md"])
    }
}
