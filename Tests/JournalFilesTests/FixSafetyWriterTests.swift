import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles
#if os(Linux)
import CXattr
#endif

/// The clauses of docs/fix-safety.md that `AtomicFileWriter` keeps, one test each.
@Suite("Fix safety: the writer")
struct FixSafetyWriterTests {
    private static let read = Array("# 2026-11-28\n\nHe's going to leave me.\n".utf8)
    private static let fixed = Array("# 2026-11-28\n\nHe's going to leave me.\nevidence:\n".utf8)

    private func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test("a file that changed since it was read is not replaced, and says so")
    func changedSinceReadIsKept() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read + Array("a line written later\n".utf8))
        #expect(throws: JournalFileError.changedWhileFixing(path: path)) {
            try AtomicFileWriter().write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
        #expect(try bytes(path) == Self.read + Array("a line written later\n".utf8))
        #expect(try root.names() == ["a.md"], "no temporary file left")
        #expect(JournalFileError.changedWhileFixing(path: "a.md").description.contains("changed while Steady was fixing it; left as it is now, with nothing lost (run lint --fix again)"))
    }

    @Test("a line appended while the new copy is being written is kept (checked just before the rename)")
    func appendedDuringTheWriteIsKept() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        var writer = AtomicFileWriter()
        writer.simulatedChangeBeforeRename = {
            let handle = FileHandle(forWritingAtPath: path)!
            handle.seekToEndOfFile()
            handle.write(Data("appended by an editor\n".utf8))
            handle.closeFile()
        }
        #expect(throws: JournalFileError.changedWhileFixing(path: path)) {
            try writer.write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
        #expect(try bytes(path) == Self.read + Array("appended by an editor\n".utf8))
        #expect(try root.names() == ["a.md"])
    }

    @Test("a file replaced by another with the same bytes (an editor's save by rename) is not replaced")
    func replacedFileIsKept() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        var writer = AtomicFileWriter()
        let folder = root.path
        writer.simulatedChangeBeforeRename = {
            let other = folder + "/other"
            FileManager.default.createFile(atPath: other, contents: Data(Self.read))
            rename(other, path)
        }
        #expect(throws: JournalFileError.changedWhileFixing(path: path)) {
            try writer.write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
    }

    @Test("an unchanged file is replaced")
    func unchangedIsReplaced() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        try AtomicFileWriter().write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        #expect(try bytes(path) == Self.fixed)
    }

    @Test("a read-only file (0444) is never rewritten, even by root")
    func readOnlyIsLeftAlone() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        chmod(path, 0o444)
        #expect(throws: JournalFileError.readOnly(path: path)) {
            try AtomicFileWriter().write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
        #expect(try bytes(path) == Self.read)
        #expect(mode(path) == 0o444)
        #expect(try root.names() == ["a.md"])
    }

    @Test("another account's file is refused rather than made the fixer's own")
    func anotherAccountsFileIsRefused() throws {
        // The tests run as root, who owns every file it makes; the seam makes the writer check
        // ownership as an ordinary user (uid 4242) would, for whom the file is someone else's.
        let root = try TemporaryFolder()
        let path = try root.file("shared.md", bytes: Self.read)
        chmod(path, 0o666)
        var writer = AtomicFileWriter()
        writer.simulatedUserID = 4242
        #expect(throws: JournalFileError.ownerCannotBeKept(path: path)) {
            try writer.write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
        #expect(try bytes(path) == Self.read)
        #expect(mode(path) == 0o666)
        #expect(try root.names() == ["shared.md"])
    }

    @Test("when the owner or group cannot be given to the copy, the file is not rewritten")
    func ownershipThatCannotBeKeptIsRefused() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        chmod(path, 0o640)
        var writer = AtomicFileWriter()
        writer.simulatedOwnershipFailure = true
        #expect(throws: JournalFileError.ownerCannotBeKept(path: path)) {
            try writer.write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        }
        #expect(try bytes(path) == Self.read)
        #expect(mode(path) == 0o640)
        #expect(try root.names() == ["a.md"])
    }

    @Test("the temporary copy is never readable by more people than the file", arguments: [0o600, 0o640, 0o644] as [mode_t])
    func temporaryCopyIsNoWiderThanTheFile(permissions: mode_t) throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        chmod(path, permissions)
        let seen = LockedValue<[mode_t]>([])
        var writer = AtomicFileWriter()
        let folder = root.path
        writer.simulatedChangeBeforeRename = {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where StaleTemporaryFiles.matches(name) {
                var info = stat()
                lstat(folder + "/" + name, &info)
                seen.withLock { $0.append(info.st_mode & 0o7777) }
            }
        }
        try writer.write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        let modes = seen.withLock { $0 }
        #expect(modes.count == 1)
        #expect(modes.allSatisfy { $0 & ~permissions == 0 }, "temporary copy had mode \(modes.map { String($0, radix: 8) })")
        #expect(mode(path) == permissions)
    }

    #if os(Linux)
    /// Sets a `user.*` attribute; `false` on a file system without them.
    private static func setAttribute(_ name: String, _ value: [UInt8], on path: String) -> Bool {
        value.withUnsafeBytes { lsetxattr(path, name, $0.baseAddress, $0.count, 0) } == 0
    }

    private static func attribute(_ name: String, at path: String) -> [UInt8]? {
        let size = lgetxattr(path, name, nil, 0)
        guard size >= 0 else { return nil }
        var value = [UInt8](repeating: 0, count: size)
        let got = value.withUnsafeMutableBytes { lgetxattr(path, name, $0.baseAddress, $0.count) }
        return got < 0 ? nil : Array(value.prefix(got))
    }

    /// Whether the folder the tests write in takes `user.*` attributes (ext4 and tmpfs do).
    private static let userAttributesSupported: Bool = {
        guard let root = try? TemporaryFolder(), let path = try? root.file("probe", bytes: []) else { return false }
        return setAttribute("user.steady-probe", [1], on: path)
    }()

    @Test("extended attributes are kept (user.*)", .enabled(if: userAttributesSupported, "this file system has no user.* attributes"))
    func extendedAttributesAreKept() throws {
        let root = try TemporaryFolder()
        let path = try root.file("a.md", bytes: Self.read)
        #expect(Self.setAttribute("user.steady-test", Array("blue".utf8), on: path))
        #expect(Self.setAttribute("user.empty", [], on: path))
        try AtomicFileWriter().write(Self.fixed, to: path, overwrite: .replaceExisting, replacing: Self.read)
        #expect(try bytes(path) == Self.fixed)
        #expect(Self.attribute("user.steady-test", at: path) == Array("blue".utf8))
        #expect(Self.attribute("user.empty", at: path) == [])
    }
    #endif

    @Test("an empty path is refused, never resolved against a folder")
    func emptyPathIsRefused() throws {
        let root = try TemporaryFolder()
        #expect(throws: JournalFileError.emptyPath) {
            try AtomicFileWriter(currentDirectory: root.path).write(Self.fixed, to: "", overwrite: .replaceExisting)
        }
        #expect(try root.names() == [])
    }
}
