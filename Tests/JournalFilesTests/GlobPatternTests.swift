import Testing
@testable import JournalFiles

@Suite("GlobPattern")
struct GlobPatternTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let pattern: String
        let path: String
        let isFolder: Bool
        let matches: Bool
        var testDescription: String { "\(pattern) \(matches ? "matches" : "does not match") \(path)\(isFolder ? "/" : "")" }
        init(_ pattern: String, _ path: String, folder: Bool = false, _ matches: Bool) {
            self.pattern = pattern
            self.path = path
            self.isFolder = folder
            self.matches = matches
        }
    }

    @Test("star stays within one component", arguments: [
        Case("templates/*.md", "templates/daily.md", true),
        Case("templates/*.md", "templates/sub/daily.md", false),
        Case("templates/*.md", "templates/daily.markdown", false),
        Case("*.md", "a.md", true),
        Case("a*b", "a/b", false),
        Case("d*s", "drafts", true),
        Case("*", "anything", true),
    ])
    func star(_ example: Case) { check(example) }

    @Test("double star spans any number of components", arguments: [
        Case("drafts/**", "drafts/a.md", true),
        Case("drafts/**", "drafts/x/y/z.md", true),
        Case("drafts/**", "drafts", folder: true, true),
        Case("drafts/**", "other/drafts/a.md", false),
        Case("**/old.md", "old.md", true),
        Case("**/old.md", "a/b/old.md", true),
        Case("a/**/b.md", "a/b.md", true),
        Case("a/**/b.md", "a/x/y/b.md", true),
        Case("a/**/b.md", "x/a/b.md", false),
    ])
    func doubleStar(_ example: Case) { check(example) }

    @Test("question mark and character sets", arguments: [
        Case("2026-11-?.md", "2026-11-5.md", true),
        Case("2026-11-?.md", "2026-11-15.md", false),
        Case("?", "/", false),
        Case("[abc].md", "b.md", true),
        Case("[abc].md", "d.md", false),
        Case("[a-c].md", "c.md", true),
        Case("[!a-c].md", "c.md", false),
        Case("[^a-c].md", "d.md", true),
        Case("[]].md", "].md", true),
        Case("[unclosed.md", "[unclosed.md", true),
        Case("\\*.md", "*.md", true),
        Case("\\*.md", "x.md", false),
    ])
    func singleCharacters(_ example: Case) { check(example) }

    @Test("patterns without a slash match the name at any depth", arguments: [
        Case("*.tmp.md", "x.tmp.md", true),
        Case("*.tmp.md", "a/b/x.tmp.md", true),
        Case("scratch", "notes/scratch", folder: true, true),
        Case("scratch.md", "notes/scratch.md/extra", false),
    ])
    func basenamePatterns(_ example: Case) { check(example) }

    @Test("a slash anchors the pattern at the base folder", arguments: [
        Case("/notes.md", "notes.md", true),
        Case("/notes.md", "a/notes.md", false),
        Case("daily/x.md", "daily/x.md", true),
        Case("daily/x.md", "old/daily/x.md", false),
        Case("./daily/*.md", "daily/x.md", true),
    ])
    func anchoredPatterns(_ example: Case) { check(example) }

    @Test("a trailing slash matches folders only", arguments: [
        Case("drafts/", "drafts", folder: true, true),
        Case("drafts/", "drafts", folder: false, false),
        Case("drafts/", "a/drafts", folder: true, true),
    ])
    func folderOnly(_ example: Case) { check(example) }

    @Test func matchingIsCaseSensitive() {
        #expect(!GlobPattern("*.MD").matches("a.md"))
    }

    private func check(_ example: Case) {
        let pattern = GlobPattern(example.pattern)
        #expect(pattern.matches(example.path, isFolder: example.isFolder) == example.matches)
    }
}

@Suite("IgnorePatterns and LexicalPath")
struct IgnorePatternsTests {
    @Test func patternsAreRelativeToTheirBaseFolder() {
        let ignore = IgnorePatterns(["drafts/**", "templates/*.md"], relativeTo: "/home/me/journal")
        #expect(ignore.ignores(absolutePath: "/home/me/journal/drafts/a.md", isFolder: false))
        #expect(ignore.ignores(absolutePath: "/home/me/journal/templates/t.md", isFolder: false))
        #expect(!ignore.ignores(absolutePath: "/home/me/journal/daily/drafts/a.md", isFolder: false))
        #expect(!ignore.ignores(absolutePath: "/elsewhere/drafts/a.md", isFolder: false))
    }

    @Test func aFolderPatternIgnoresFilesInsideIt() {
        let ignore = IgnorePatterns(["drafts/"], relativeTo: "/j")
        #expect(ignore.ignores(absolutePath: "/j/drafts/deep/a.md", isFolder: false))
        #expect(!ignore.ignores(absolutePath: "/j/drafts", isFolder: false))
    }

    @Test func relativeBaseFolderResolvesAgainstCurrentDirectory() {
        let ignore = IgnorePatterns(["*.md"], relativeTo: "journal", currentDirectory: "/home/me")
        #expect(ignore.baseFolder == "/home/me/journal")
    }

    @Test(arguments: [
        ("a/./b/../c.md", "/base", "/base/a/c.md"),
        ("/x//y/", "/base", "/x/y"),
        ("../../..", "/base", "/"),
        (".", "/base", "/base"),
    ])
    func lexicalAbsolute(path: String, base: String, expected: String) {
        #expect(LexicalPath.absolute(path, relativeTo: base) == expected)
    }

    @Test func lexicalHelpers() {
        #expect(LexicalPath.relative("/a/b/c", to: "/a") == "b/c")
        #expect(LexicalPath.relative("/ab/c", to: "/a") == nil)
        #expect(LexicalPath.relative("/a", to: "/a") == "")
        #expect(LexicalPath.relative("/a/b", to: "/") == "a/b")
        #expect(LexicalPath.folder(of: "a/b.md") == "a")
        #expect(LexicalPath.folder(of: "b.md") == ".")
        #expect(LexicalPath.folder(of: "/b.md") == "/")
        #expect(LexicalPath.lastComponent(of: "a/b.md") == "b.md")
        // Trailing slashes, the root, and non-ASCII names (the helpers work on UTF-8 bytes).
        #expect(LexicalPath.folder(of: "a/b/") == "a")
        #expect(LexicalPath.folder(of: "/") == "/")
        #expect(LexicalPath.folder(of: "//") == "/")
        #expect(LexicalPath.folder(of: "a//b.md") == "a/")
        #expect(LexicalPath.folder(of: "") == ".")
        #expect(LexicalPath.folder(of: "jöurnal/tägebuch/ü.md") == "jöurnal/tägebuch")
        #expect(LexicalPath.lastComponent(of: "b.md") == "b.md")
        #expect(LexicalPath.lastComponent(of: "a/b/") == "b")
        #expect(LexicalPath.lastComponent(of: "/") == "")
        #expect(LexicalPath.lastComponent(of: "jöurnal/ü.md") == "ü.md")
        #expect(LexicalPath.appending("a.md", to: ".") == "a.md")
        #expect(LexicalPath.appending("a.md", to: "notes/") == "notes/a.md")
        #expect(LexicalPath.appending("a.md", to: "notes") == "notes/a.md")
    }

    /// `isFolder(_:of:)` answers exactly what comparing with `folder(of:)` would.
    @Test(arguments: ["a/b.md", "b.md", "/b.md", "a/b/", "/", "//", "a//b.md", "", "jöurnal/tägebuch/ü.md", "./a.md", "daily/2020/x.md"])
    func isFolderAgreesWithFolderOf(path: String) {
        let folder = LexicalPath.folder(of: path)
        #expect(LexicalPath.isFolder(folder, of: path))
        for other in [".", "/", "a", "a/", "daily/2020", "daily/202", "jöurnal/tägebuch", ""] where other != folder {
            #expect(!LexicalPath.isFolder(other, of: path), "\(other) is not the folder of \(path)")
        }
    }
}
