import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

/// FIFOs, sockets and devices are refused by type, before they are opened.
@Suite("Special files")
struct SpecialFileTests {
    @Test("a FIFO is refused without opening it (opening would block until someone writes)")
    func fifoIsRefused() throws {
        let root = try TemporaryFolder()
        let path = root.path + "/pipe.md"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: JournalFileError.notARegularFile(path: path, kind: "a FIFO (named pipe)")) {
            try JournalFileReader().read(.file(path: path))
        }
    }

    @Test("/dev/zero is refused at once, not read up to the size limit")
    func deviceIsRefused() throws {
        #expect(throws: JournalFileError.notARegularFile(path: "/dev/zero", kind: "a character device")) {
            try JournalFileReader().read(.file(path: "/dev/zero"))
        }
    }

    @Test("the finder reports a named FIFO and one found in a folder with a journal's name; other special files are passed over")
    func finderReportsSpecialFiles() throws {
        let root = try TemporaryFolder()
        try root.file("notes/a.md", "# 2026-11-28\n")
        #expect(mkfifo(root.path + "/notes/pipe.md", 0o600) == 0)
        #expect(mkfifo(root.path + "/notes/other-pipe", 0o600) == 0)
        #expect(mkfifo(root.path + "/named.md", 0o600) == 0)
        let search = JournalFileFinder(currentDirectory: root.path).find(["named.md", "notes"])
        #expect(search.sources == [.file(path: "notes/a.md")])
        #expect(search.errors == [.notARegularFile(path: "named.md", kind: "a FIFO (named pipe)"),
                                  .notARegularFile(path: "notes/pipe.md", kind: "a FIFO (named pipe)")])
    }

    @Test("an empty path is an error, never the current folder under `/name` paths")
    func emptyPathIsAnError() throws {
        let root = try TemporaryFolder()
        try root.file("a.md", "# 2026-11-28\n")
        let search = JournalFileFinder(currentDirectory: root.path).find([""])
        #expect(search.sources.isEmpty)
        #expect(search.errors == [.emptyPath])
        #expect(throws: JournalFileError.emptyPath) { try JournalFileReader(currentDirectory: root.path).read(.file(path: "")) }
    }
}
