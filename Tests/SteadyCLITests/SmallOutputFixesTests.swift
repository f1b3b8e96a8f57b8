import Foundation
import Testing

/// Smaller output promises: documents stay documents, counts count, messages do not contradict
/// themselves, and no file is skipped without a word.
@Suite("small output promises")
struct SmallOutputFixesTests {
    @Test("summary --format json with no entries prints valid JSON with zero entries, and -o writes it")
    func emptySummaryJSONIsADocument() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("notes.md", "Just a note, no dated entries.\n")
        let output = try await SteadyBinary.run(["summary", "--format", "json", "."], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout))
        #expect(object is [String: Any], "\(output.stdoutText)")
        #expect(output.stderrText.contains("no entries between"), "\(output.transcript)")

        let written = try await SteadyBinary.run(["summary", "--format", "json", "-o", "out.json", "."], in: folder.path)
        #expect(written.status == 0, "\(written.transcript)")
        #expect(written.stdout.isEmpty, "\(written.transcript)")
        let file = try folder.read("out.json")
        #expect((try JSONSerialization.jsonObject(with: Data(file))) is [String: Any])
    }

    @Test("summary --format html with no entries is an HTML page, and -o writes it", arguments: ["html", "markdown"])
    func emptySummaryHTMLIsAPage(format: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["summary", "--format", format, "."], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(!output.stdoutText.hasPrefix("No journal entries"), "\(output.transcript)")
        if format == "html" { #expect(output.stdoutText.lowercased().hasPrefix("<!doctype html>"), "\(output.stdoutText.prefix(200))") }
        let written = try await SteadyBinary.run(["summary", "--format", format, "-o", "out", "."], in: folder.path)
        #expect(written.status == 0, "\(written.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out"), "\(written.transcript)")
    }

    @Test("summary text with no entries still says so in a sentence")
    func emptySummaryTextIsASentence() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["summary", "."], in: folder.path)
        #expect(output.stdoutText.hasPrefix("No journal entries found in ."), "\(output.transcript)")
    }

    @Test("the closing line counts every path that could not be read")
    func unreadablePathsAreCounted() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", "# 2026-11-28\n\ntemp: red\n")
        let output = try await SteadyBinary.run(["lint", "missing-one.md", "missing-two.md", "2026-11-28.md"], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stdoutText.contains("2 paths could not be read"), "\(output.transcript)")
    }

    @Test("--week in a year outside the supported range says so, without contradicting itself")
    func weekOutOfRangeMessage() async throws {
        let output = try await SteadyBinary.run(["summary", "--week", "9999-W52", "Examples"])
        #expect(output.status != 0, "\(output.transcript)")
        #expect(!output.stderrText.contains("has weeks W01 to W52"), "\(output.stderrText)")
        #expect(output.stderrText.contains("0001 to 9998"), "\(output.stderrText)")
    }

    @Test("a journal whose file name is not valid UTF-8 is reported in a folder walk, not skipped")
    func invalidUTF8NameIsReported() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", "# 2026-11-28\n\ntemp: red\n")
        let raw: [UInt8] = Array((folder.path + "/bad-").utf8) + [0xFF, 0xFE] + Array(".md".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { creat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o644) }
        try #require(descriptor >= 0, "this file system refuses such names")
        close(descriptor)
        let output = try await SteadyBinary.run(["lint", "."], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("bad-\u{FFFD}\u{FFFD}.md"), "\(output.transcript)")
        #expect(output.stderrText.contains("not valid UTF-8"), "\(output.transcript)")
        #expect(output.stdoutText.contains("1 path could not be read"), "\(output.transcript)")
    }
    @Test("a folder whose name is not valid UTF-8 is reported in a folder walk, not skipped with its journals")
    func invalidUTF8FolderNameIsReported() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", "# 2026-11-28\n\ntemp: red\n")
        let raw: [UInt8] = Array((folder.path + "/caf").utf8) + [0xE9, 0]
        let made = raw.withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) }
        try #require(made == 0, "this file system refuses such names")
        let output = try await SteadyBinary.run(["lint", "."], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("caf\u{FFFD}"), "\(output.transcript)")
        #expect(output.stderrText.contains("folder's name is not valid UTF-8"), "\(output.transcript)")
        #expect(output.stdoutText.contains("1 path could not be read"), "\(output.transcript)")
    }
}
