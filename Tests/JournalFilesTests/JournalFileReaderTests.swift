import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

@Suite("JournalFileReader")
struct JournalFileReaderTests {
    @Test func emptyFileIsFine() throws {
        let root = try TemporaryFolder()
        let path = try root.file("empty.md", "")
        let contents = try JournalFileReader().read(.file(path: path))
        #expect(contents.bytes.isEmpty)
    }

    @Test func readsBytesUnchanged() throws {
        let root = try TemporaryFolder()
        let text = "\u{FEFF}# 2026-11-20\r\nHe hasn’t answered. 💬\n"
        let path = try root.file("a.md", text)
        let contents = try JournalFileReader().read(.file(path: path))
        #expect(contents.bytes == Array(text.utf8))
        #expect(contents.source == .file(path: path))
    }

    @Test func relativePathsResolveAgainstTheGivenFolder() throws {
        let root = try TemporaryFolder()
        try root.file("daily/a.md", "x")
        let contents = try JournalFileReader(currentDirectory: root.path).read(.file(path: "daily/a.md"))
        #expect(contents.bytes == [UInt8(ascii: "x")])
        #expect(contents.source.description == "daily/a.md")
    }

    @Test func nulByteInTheFirst8KiBMeansBinary() throws {
        let root = try TemporaryFolder()
        var bytes = Array("PNG-ish header".utf8)
        bytes.insert(0, at: 5)
        let path = try root.file("image.md", bytes: bytes)
        #expect(throws: JournalFileError.binary(path: path, nulByteOffset: 5)) {
            try JournalFileReader().read(.file(path: path))
        }
        let message = JournalFileError.binary(path: "x.md", nulByteOffset: 5).description
        #expect(message == "x.md looks like a binary file (NUL byte at offset 5); skipped")
    }

    @Test func nulByteAfterTheProbeIsNotBinary() throws {
        let root = try TemporaryFolder()
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: JournalFileReader.binaryProbeLength)
        bytes.append(0)
        let path = try root.file("late-nul.md", bytes: bytes)
        let contents = try JournalFileReader().read(.file(path: path))
        #expect(contents.bytes.count == bytes.count)
    }

    @Test func invalidUTF8IsReturnedAsItIs() throws {
        // Not an error: the parser repairs and reports invalid bytes (`RepairedUTF8`).
        let root = try TemporaryFolder()
        let bytes = Array("caf".utf8) + [0xE9] + Array("\r\n".utf8) + [0xC0, 0xAF]
        let path = try root.file("latin1.md", bytes: bytes)
        #expect(try JournalFileReader().read(.file(path: path)).bytes == bytes)
    }

    @Test func binaryDetectionCanBeTurnedOff() throws {
        let root = try TemporaryFolder()
        let bytes = Array("key: value\n".utf8) + [0]
        let path = try root.file("nul.yml", bytes: bytes)
        #expect(throws: JournalFileError.self) { try JournalFileReader().read(.file(path: path)) }
        var reader = JournalFileReader()
        reader.detectsBinaryFiles = false
        #expect(try reader.read(.file(path: path)).bytes == bytes)
    }

    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func readsA20MegabyteFile(endsWithInvalidByte: Bool) throws {
        let root = try TemporaryFolder()
        let line = Array("## 21:40 No reply since lunch #no-reply — temp: red\n".utf8)
        let lineCount = 20_000_000 / line.count + 1
        var bytes = repeated(line, times: lineCount)
        if endsWithInvalidByte { bytes.append(0xFF) }  // found at the very end, on the right line
        let path = try root.file("big.md", bytes: bytes)
        let contents = try JournalFileReader().read(.file(path: path))
        #expect(contents.bytes.count == bytes.count)
        #expect(contents.bytes.last == (endsWithInvalidByte ? 0xFF : UInt8(ascii: "\n")))
    }

    @Test(arguments: [false, true])
    func readsPipesUntilTheEnd(exceedingTheLimit: Bool) throws {
        // A named pipe stands in for standard input: no size is known in advance, so the buffer
        // grows. (Named on a command line, a FIFO is refused: see SpecialFileTests.)
        let root = try TemporaryFolder()
        let path = root.path + "/pipe.md"
        #expect(mkfifo(path, 0o600) == 0)
        // The reader may close the pipe before the writer is done: that must be an error for the
        // writer (EPIPE), not a signal that ends the test process.
        signal(SIGPIPE, SIG_IGN)
        let bytes = (0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                try? handle.write(contentsOf: bytes)
                try? handle.close()
            }
        }
        writer.start()
        var reader = JournalFileReader(sizeLimit: exceedingTheLimit ? 100_000 : 1_000_000)
        reader.standardInputDescriptor = open(path, O_RDONLY | O_CLOEXEC)
        defer { close(reader.standardInputDescriptor) }
        if exceedingTheLimit {
            #expect(throws: JournalFileError.tooLarge(path: "<stdin>", size: 100_001, limit: 100_000)) {
                try reader.read(.standardInput)
            }
        } else {
            #expect(try reader.read(.standardInput).bytes == bytes)
        }
    }

    @Test func fileLargerThanTheLimitIsRefused() throws {
        let root = try TemporaryFolder()
        let path = try root.file("big.md", bytes: [UInt8](repeating: 65, count: 2048))
        #expect(throws: JournalFileError.tooLarge(path: path, size: 2048, limit: 1024)) {
            try JournalFileReader(sizeLimit: 1024).read(.file(path: path))
        }
        let message = JournalFileError.tooLarge(path: "big.md", size: 300 * 1024 * 1024, limit: JournalFileReader.defaultSizeLimit).description
        #expect(message.hasPrefix("big.md is 300 MiB, larger than the limit of 256 MiB"))
    }

    @Test func fileExactlyAtTheLimitIsRead() throws {
        let root = try TemporaryFolder()
        let path = try root.file("edge.md", bytes: [UInt8](repeating: 65, count: 1024))
        #expect(try JournalFileReader(sizeLimit: 1024).read(.file(path: path)).bytes.count == 1024)
    }

    @Test func aFolderIsUnreadableAsAFile() throws {
        let root = try TemporaryFolder()
        let path = try root.folder("daily.md")
        #expect(throws: JournalFileError.unreadableFile(path: path, reason: "it is a folder, not a file")) {
            try JournalFileReader().read(.file(path: path))
        }
    }

    @Test func missingFileIsNoSuchFile() throws {
        let root = try TemporaryFolder()
        #expect(throws: JournalFileError.noSuchFileOrFolder(path: root.path + "/gone.md")) {
            try JournalFileReader().read(.file(path: root.path + "/gone.md"))
        }
    }

    @Test func pathThroughAFileIsUnreadableWithTheOSReason() throws {
        let root = try TemporaryFolder()
        let file = try root.file("a.md")
        #expect(throws: JournalFileError.unreadableFile(path: file + "/x.md", reason: "Not a directory")) {
            try JournalFileReader().read(.file(path: file + "/x.md"))
        }
    }

    @Test(.enabled(if: !isRunningAsRoot, "root reads files whatever their permissions"))
    func permissionDeniedCarriesTheOSReason() throws {
        let root = try TemporaryFolder()
        let path = try root.file("private.md")
        chmod(path, 0)
        #expect(throws: JournalFileError.unreadableFile(path: path, reason: "Permission denied")) {
            try JournalFileReader().read(.file(path: path))
        }
    }

    /// `line` repeated, built with memory copies: a debug build's generic loops would take seconds.
    private func repeated(_ line: [UInt8], times: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: line.count * times) { buffer, initialized in
            line.withUnsafeBytes { source in
                for index in 0..<times {
                    UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[(index * line.count)...])
                        .copyMemory(from: source)
                }
            }
            initialized = line.count * times
        }
    }
}
