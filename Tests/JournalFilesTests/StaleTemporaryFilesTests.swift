import Foundation
import SteadyTestSupport
import Testing
@testable import JournalFiles

/// Temporary copies a killed `--fix` left behind are removed, and nothing else is.
@Suite("Stale temporary files")
struct StaleTemporaryFilesTests {
    @Test("exactly Steady's own pattern, for journal names", arguments: [
        (".a.md.steady-abc123.tmp", true),
        (".2026-11-28.markdown.steady-3w5e11264sgsf.tmp", true),
        (".x.steady-y.md.steady-0.tmp", true),
        (".a.md.steady-ABC.tmp", false),          // upper case is not base 36 as Steady writes it
        (".a.md.steady-.tmp", false),
        (".a.md.steady-12345678901234.tmp", false),  // 14 characters: longer than a UInt64
        (".a.txt.steady-abc.tmp", false),         // Steady fixes only journals
        ("a.md.steady-abc.tmp", false),           // not hidden
        (".a.md.steady-abc.tmp~", false),
        (".md.steady-abc.tmp", false),            // `.md` alone is a hidden name, not a journal's
    ])
    func pattern(name: String, matches: Bool) {
        #expect(StaleTemporaryFiles.matches(name) == matches)
    }

    @Test("old leftovers are removed; young ones, look-alikes and links are kept")
    func removesOnlyStaleOnes() throws {
        let root = try TemporaryFolder()
        let old = Date(timeIntervalSinceNow: -3600)
        func age(_ path: String, _ date: Date) throws {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
        try age(try root.file(".a.md.steady-abc.tmp", "a full copy"), old)
        try root.file(".a.md.steady-def.tmp", "being written right now by another run")
        try age(try root.file(".a.md.steady-ABC.tmp", "not ours"), old)
        try age(try root.file(".notes.txt.steady-abc.tmp", "not a journal's"), old)
        try age(try root.file("a.md", "the journal"), old)
        try root.symbolicLink(".b.md.steady-abc.tmp", to: root.path + "/a.md")
        #expect(StaleTemporaryFiles.remove(inFolder: root.path) == 1)
        #expect(try root.names() == [".a.md.steady-ABC.tmp", ".a.md.steady-def.tmp", ".b.md.steady-abc.tmp",
                                     ".notes.txt.steady-abc.tmp", "a.md"])
    }
}
