import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

@Suite("FolderListing")
struct FolderListingTests {
    private func names(_ listing: FolderListing) -> [String] {
        listing.entries.map(listing.name(of:))
    }

    /// Byte order, including names longer than the 16 bytes compared as integers, names that
    /// are prefixes of others, and names equal in their first 16 bytes.
    @Test func sortsByBytes() throws {
        let root = try TemporaryFolder()
        let expected = [
            "2020-01-01.md", "2020-01-01.md.bak", "2020-01-02.md",
            "abcdefghijklmnop", "abcdefghijklmnop-a.md", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz.md",
            "abcdefghijklmnoq.md", "b", "ä.md", "日記.md",
        ]
        for name in expected.shuffled() { try root.file(name) }
        let listing = try FolderListing.read(root.path).get()
        #expect(names(listing) == expected)
        #expect(names(listing) == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func skipsHiddenNamesAndStatsTheRest() throws {
        let root = try TemporaryFolder()
        try root.file(".hidden.md")
        try root.file(".git/config")
        try root.file("sub/a.md")
        try root.file("a.md", "12345")
        #expect(symlink(root.path + "/nowhere.md", root.path + "/broken.md") == 0)
        let listing = try FolderListing.read(root.path).get()
        #expect(names(listing) == ["a.md", "broken.md", "sub"])
        let (file, broken, folder) = (listing.entries[0], listing.entries[1], listing.entries[2])
        #expect(try file.status.get().kind == .regularFile)
        #expect(try file.status.get().size == 5)
        #expect(try folder.status.get().kind == .folder)
        #expect(throws: SystemError.self) { try broken.status.get() }
        #expect(broken.isSymbolicLink)
        #expect(!file.isSymbolicLink)
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: SystemError.self) { try FolderListing.read("/nonexistent-steady-folder").get() }
    }

    @Test(arguments: [(".", true), ("..", true), (".md", true), ("a.md", false), ("", false), (".é", true), (".\u{301}x", false)])
    func hiddenNames(name: String, hidden: Bool) {
        var name = name
        #expect(name.withUTF8(FolderListing.isHidden) == hidden)
        #expect(name.hasPrefix(".") == hidden)
    }
}
