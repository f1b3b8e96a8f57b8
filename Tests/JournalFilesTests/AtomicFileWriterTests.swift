import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

@Suite("AtomicFileWriter")
struct AtomicFileWriterTests {
    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func replacesContentAndLeavesNoTemporaryFile() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", "old words")
        try AtomicFileWriter().write(Array("new words".utf8), to: path, overwrite: .replaceExisting)
        #expect(try contents(path) == "new words")
        #expect(try root.names() == ["a.md"])
    }

    @Test func replacesAtomicallyWithANewInode() throws {
        // A reader holding the old file open keeps seeing the whole old content: the new bytes
        // arrive under a new inode by rename, never by rewriting the old file in place.
        let root = try TemporaryFolder()
        let path = try root.file("a.md", "old words")
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try AtomicFileWriter().write(Array("new".utf8), to: path, overwrite: .replaceExisting)
        #expect(String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self) == "old words")
        #expect(try contents(path) == "new")
    }

    @Test func keepsThePermissionsOfTheExistingFile() throws {
        let root = try TemporaryFolder()
        let path = try root.file("shared.md", "old")
        chmod(path, 0o640)
        try AtomicFileWriter().write(Array("new".utf8), to: path, overwrite: .replaceExisting)
        #expect(try permissions(path) == 0o640)
    }

    @Test func newFilesArePrivate() throws {
        let root = try TemporaryFolder()
        let path = root.path + "/new.md"
        try AtomicFileWriter().write(Array("words".utf8), to: path, overwrite: .never)
        #expect(try contents(path) == "words")
        #expect(try permissions(path) == 0o600)
    }

    @Test func refusesToReplaceWithoutPermission() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", "precious")
        #expect(throws: JournalFileError.destinationExists(path: path)) {
            try AtomicFileWriter().write(Array("x".utf8), to: path, overwrite: .never)
        }
        #expect(try contents(path) == "precious")
        #expect(try root.names() == ["a.md"])
    }

    @Test func refusesToWriteThroughASymbolicLink() throws {
        let root = try TemporaryFolder()
        let target = try root.file("elsewhere.md", "theirs")
        try root.symbolicLink("link.md", to: target)
        #expect(throws: JournalFileError.destinationIsSymbolicLink(path: root.path + "/link.md")) {
            try AtomicFileWriter().write(Array("x".utf8), to: root.path + "/link.md", overwrite: .replaceExisting)
        }
        #expect(try contents(target) == "theirs")
    }

    @Test func refusesToReplaceAFolder() throws {
        let root = try TemporaryFolder()
        let folder = try root.folder("daily")
        #expect(throws: JournalFileError.destinationNotRegularFile(path: folder)) {
            try AtomicFileWriter().write([], to: folder, overwrite: .replaceExisting)
        }
        #expect(JournalFileError.destinationNotRegularFile(path: "out").description.hasSuffix("not replaced (give the path of a file)"))
    }

    @Test func relativePathsResolveAgainstTheGivenFolder() throws {
        let root = try TemporaryFolder()
        try root.folder("daily")
        try AtomicFileWriter(currentDirectory: root.path).write(Array("x".utf8), to: "daily/a.md", overwrite: .never)
        #expect(try contents(root.path + "/daily/a.md") == "x")
    }

    @Test func temporaryFileIsRemovedWhenPublishingFails() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", "old")
        var writer = AtomicFileWriter()
        writer.simulatedPublishFailure = EIO
        #expect(throws: JournalFileError.writeFailed(path: path, reason: "Input/output error")) {
            try writer.write(Array("new".utf8), to: path, overwrite: .replaceExisting)
        }
        #expect(try contents(path) == "old")
        #expect(try root.names() == ["a.md"])
    }

    @Test func missingFolderFailsWithoutLeavingAnything() throws {
        let root = try TemporaryFolder()
        let path = root.path + "/no-such-folder/a.md"
        #expect(throws: JournalFileError.self) {
            try AtomicFileWriter().write(Array("x".utf8), to: path, overwrite: .never)
        }
        #expect(try root.names().isEmpty)
    }

    @Test(.enabled(if: !isRunningAsRoot, "root creates files in read-only folders"))
    func readOnlyFolderFailsAndLeavesTheFileAlone() throws {
        let root = try TemporaryFolder()
        let path = try root.file("locked/a.md", "old")
        chmod(root.path + "/locked", 0o555)
        #expect(throws: JournalFileError.self) {
            try AtomicFileWriter().write(Array("new".utf8), to: path, overwrite: .replaceExisting)
        }
        #expect(try contents(path) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/locked") == ["a.md"])
    }

    @Test func writesLargeContentCompletely() throws {
        let root = try TemporaryFolder()
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
        let path = root.path + "/big.md"
        try AtomicFileWriter().write(bytes, to: path, overwrite: .never)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }
}
