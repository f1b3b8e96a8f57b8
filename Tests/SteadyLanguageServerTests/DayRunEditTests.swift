import Foundation
import JournalLint
import LanguageServerProtocol
@testable import SteadyLanguageServer
import SteadyTestSupport
import Testing

/// A large buffer is linted a run of days at a time and, after an edit, read again only where
/// its runs changed (`DayRunMemory`): edit after edit, the findings are exactly those of a
/// fresh lint of the whole buffer — places, rules, messages, fixes — and so is the outline.
/// Runs here are a few hundred bytes, so that a small journal is cut into many.
@Suite("A large buffer linted a run of days at a time: after every edit, what linting it whole gives")
struct DayRunEditTests {
    static let smallRuns = DocumentLinter.RunSizes(minimumSize: 0, runSize: 100)

    /// `days` days, every other date (room for a day between two), each with findings of
    /// several rules: a worst-case thought, an invalid colour, a mistyped key on odd days, and
    /// two asks for reassurance (over the default limit of one a day).
    static func journal(days: Int) -> String {
        (0..<days).map { day in
            // Every other day of the month's first four weeks: 2026-01-01, 2026-01-03, ….
            let date = String(format: "%04d-%02d-%02d", 2026 + day / 168, day / 14 % 12 + 1, 1 + 2 * (day % 14))
            return """
                # \(date) day \(day)

                ## 08:15 morning #work
                temp: red

                He hasn't answered. He's going to leave me.

                walked to the bakery on day \(day).

                ## 21:40 evening
                temp: purpel
                reassurance: asked if we're okay
                urge: text him (resisted)
                \(day % 2 == 1 ? "tmep: yellow\n" : "")
                I asked him again if he still loves me.


                """
        }.joined()
    }

    /// An open document linted after each edit by one linter with one set of configurations,
    /// as a server lints it (what the linter remembers holds for the analyzer it was given).
    final class EditedBuffer {
        let uri: String
        let linter: DocumentLinter
        let configurations = ServerConfigurations(rootFolder: nil, log: .silent)

        init(uri: String, runSizes: DocumentLinter.RunSizes = DayRunEditTests.smallRuns) {
            self.uri = uri
            linter = DocumentLinter(runSizes: runSizes)
        }

        func lint(_ text: String) -> DocumentLinter.Outcome {
            let document = OpenDocument(uri: uri, version: 1, text: text)
            return linter.lint(document, configurations: configurations, openDocuments: document.isFile ? [document.path: document.bytes] : [:])
        }

        /// How many runs the last lint took from memory and read again; nil when it linted whole.
        var runsOfLastLint: (reused: Int, read: Int)? {
            linter.runsOfLastLint(OpenDocument(uri: uri, version: 1, text: "").path)
        }
    }

    /// What a server that never reads in runs finds in `text`, linting it for the first time.
    static func fullLint(_ text: String, uri: String) -> DocumentLinter.Outcome {
        EditedBuffer(uri: uri, runSizes: .never).lint(text)
    }

    /// The first difference between two lists of findings, described; nil when they are the same.
    static func difference(_ edited: [Finding], _ whole: [Finding]) -> String? {
        guard edited != whole else { return nil }
        let first = zip(edited, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(edited.count, whole.count)
        return """
            \(edited.count) findings against \(whole.count); first difference at \(first):
              in runs: \(first < edited.count ? String(describing: edited[first]) : "none")
              whole:   \(first < whole.count ? String(describing: whole[first]) : "none")
            """
    }

    /// Lints `text` in `buffer` and expects what a fresh whole lint finds, outline included;
    /// returns how many runs were read from memory.
    @discardableResult
    static func expectSameAsWhole(_ text: String, in buffer: EditedBuffer, _ step: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) -> (reused: Int, read: Int)? {
        let edited = buffer.lint(text)
        let whole = fullLint(text, uri: buffer.uri)
        if let difference = difference(edited.findings, whole.findings) {
            Issue.record("\(step): \(difference)", sourceLocation: sourceLocation)
        }
        let converter = OpenDocument(uri: buffer.uri, version: 1, text: text).converter(.utf16)
        #expect(DocumentOutline.symbols(of: edited.days, converter: converter) == DocumentOutline.symbols(of: whole.days, converter: converter),
                "\(step): the outline differs", sourceLocation: sourceLocation)
        return buffer.runsOfLastLint
    }

    @Test("edits in the first day, the middle and the end, a day added and one removed, a 01:00 ask, lines removed")
    func editSequence() throws {
        let uri = "untitled:journal"
        let buffer = EditedBuffer(uri: uri)
        var text = Self.journal(days: 14)
        let opened = try #require(Self.expectSameAsWhole(text, in: buffer, "opened"))
        #expect(opened.read > 10 && opened.reused == 0)
        #expect(Self.fullLint(text, uri: uri).findings.count > 30)

        func edit(_ step: String, _ old: String, _ new: String, reusesMost: Bool = true) throws {
            let range = try #require(text.range(of: old), "\(step): no \(old) in the text")
            text.replaceSubrange(range, with: new)
            let runs = Self.expectSameAsWhole(text, in: buffer, step)
            if reusesMost {
                let runs = try #require(runs, "\(step): not linted in runs")
                #expect(runs.read <= 2 && runs.reused > 10, "\(step): \(runs.read) runs read again, \(runs.reused) from memory")
            }
        }
        try edit("one character in the first day", "bakery on day 0.", "bakery on day 0.e")
        // A line more in the middle: every later run moves down a line, with a new finding above them.
        try edit("a line in the middle", "bakery on day 5.", "bakery on day 5.\nI'll end up alone forever, i just know it.")
        text.insert("e", at: text.index(text.endIndex, offsetBy: -2))
        try #require(Self.expectSameAsWhole(text, in: buffer, "one character at the end").map { $0.read <= 2 } == true)
        text.append("## 23:55 late\nHe will leave me for sure.\nreassurance: one more ask\n")
        try #require(Self.expectSameAsWhole(text, in: buffer, "an entry appended").map { $0.reused > 10 } == true)
        // A day of its own between day 6 and day 7, with two asks of its own.
        try edit("a new day heading", "# 2026-01-15 day 7", "# 2026-01-14 inserted\n\n## 10:00 a new day\nreassurance: asked again\nreassurance: and again\n\n# 2026-01-15 day 7")
        // Day 9's entries join day 8 (its 08:15 after day 8's 21:40: out of order, read whole).
        try edit("a day heading removed", "# 2026-01-19 day 9\n\n", "", reusesMost: false)
        text = text.replacingOccurrences(of: "## 08:15 morning #work\ntemp: red\n\nHe hasn't answered. He's going to leave me.\n\nwalked to the bakery on day 9.",
                                         with: "# 2026-01-19 day 9\n\n## 08:15 morning #work\ntemp: red\n\nHe hasn't answered. He's going to leave me.\n\nwalked to the bakery on day 9.")
        Self.expectSameAsWhole(text, in: buffer, "the day heading written again")
        // An ask at 01:00 under day 7's heading counts for the night of the day added before it,
        // which now has three; no run starts at day 7 any more.
        try edit("an ask at 01:00", "# 2026-01-15 day 7\n\n", "# 2026-01-15 day 7\n\n## 01:00 still up\nreassurance: texted him at one\n\n")
        let asks = Self.fullLint(text, uri: uri).findings.filter { $0.ruleID == "excessive-reassurance" }.map(\.message)
        #expect(asks.contains { $0.contains("3 times on 2026-01-14") }, "\(asks)")
        try edit("the middle line removed", "\nI'll end up alone forever, i just know it.", "")
        try edit("the new day removed", "# 2026-01-14 inserted\n\n## 10:00 a new day\nreassurance: asked again\nreassurance: and again\n\n", "")
    }

    @Test("at the server's own sizes: a journal over 128 KB is cut into runs, and an edit reads one or two of them again")
    func serverSizes() async throws {
        struct Outcome: Sendable { let failures: [String]; let reused: [Int]; let read: [Int] }
        let outcome = try await offThePool { () -> Outcome in
            let buffer = EditedBuffer(uri: "untitled:journal", runSizes: .standard)
            var text = Self.journal(days: 700)
            var failures: [String] = [], reused: [Int] = [], read: [Int] = []
            for step in 0..<3 {
                if step == 1 { text = text.replacingOccurrences(of: "bakery on day 350.", with: "bakery on day 350.\nHe will leave me.") }
                if step == 2 { text = text.replacingOccurrences(of: "bakery on day 20.", with: "bakery on day 20!") }
                if let difference = Self.difference(buffer.lint(text).findings, Self.fullLint(text, uri: buffer.uri).findings) {
                    failures.append("step \(step): \(difference)")
                }
                reused.append(buffer.runsOfLastLint?.reused ?? -1)
                read.append(buffer.runsOfLastLint?.read ?? -1)
            }
            return Outcome(failures: failures, reused: reused, read: read)
        }
        #expect(Self.journal(days: 700).utf8.count > DocumentLinter.RunSizes.standard.minimumSize)
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        // Opened: every run read; then each edit reads its own run again and takes the others from memory.
        #expect(outcome.reused[0] == 0 && outcome.read[0] > 4, "\(outcome.read)")
        #expect(outcome.read.dropFirst() == [1, 1] && outcome.reused.dropFirst().allSatisfy { $0 == outcome.read[0] - 1 },
                "reused \(outcome.reused), read \(outcome.read)")
    }

    @Test("the day's other files count in runs as they do whole: asks on disk for a day of the buffer")
    func dayContext() throws {
        let folder = try TemporaryFolder()
        // Later in the day than the buffer's asks: the ask that crosses the limit is the buffer's.
        _ = try folder.file("2026-01-05.md", "# 2026-01-05\n\n## 23:00\nreassurance: asked at night\nreassurance: asked again\n")
        let uri = DocumentURI.uri(ofPath: folder.path + "/journal.md")
        let buffer = EditedBuffer(uri: uri)
        var text = Self.journal(days: 10)
        Self.expectSameAsWhole(text, in: buffer, "opened")
        let asks = Self.fullLint(text, uri: uri).findings.filter { $0.ruleID == "excessive-reassurance" }.map(\.message)
        #expect(asks.contains { $0.contains("4 times on 2026-01-05") }, "\(asks)")
        text = text.replacingOccurrences(of: "bakery on day 1.", with: "bakery on day 1.\nreassurance: asked once more\n")
        let runs = try #require(Self.expectSameAsWhole(text, in: buffer, "an ask added the day before"))
        #expect(runs.read <= 2)
        text = text.replacingOccurrences(of: "bakery on day 2.", with: "bakery on day 2.\nreassurance: asked once more\n")
        Self.expectSameAsWhole(text, in: buffer, "an ask added on the day of the file on disk")
        #expect(Self.fullLint(text, uri: uri).findings.contains { $0.message.contains("5 times on 2026-01-05") })
    }

    /// Messy journals: headings in lower case and the times people type, jrnl's exports (a day
    /// and an entry in one heading), phone notes with slips, a file with no day heading, and
    /// suppression and Obsidian comments whose reach crosses days.
    static let messyJournals: [(name: String, text: String)] = [
        ("lower case and typed times", (0..<12).map { day in
            "# 2026-02-\(String(format: "%02d", day + 1)) \(["monday", "tuesday", "wednesday"][day % 3])\n\n"
                + "## 9:30am coffee\ntemp red\nhe's going to leave me\n\n## 11pm can't sleep\nTmep: Red\nreassurance : asked if we're ok\n"
                + "i asked him again if he still loves me\n\n"
        }.joined()),
        ("jrnl export", (0..<12).map { day in
            "### 2026-03-\(String(format: "%02d", day + 1)) 09:40:00 PM Texted him #no-reply\n\nHe is going to leave me. 😬 é\n"
                + "reassurance: asked if we're okay\nreassurance: asked again\n\n"
        }.joined()),
        ("no day heading", (0..<30).map { hour in
            "## \(hour % 24):15 entry\nHe is going to leave me.\nreassurance: asked\n\n"
        }.joined()),
        ("phone notes", "---\ntitle: notes\n---\n\n" + (0..<12).map { day in
            "# 2026-04-\(String(format: "%02d", day + 1))\n12:30 lunch\ntemp:yellow\n- for: he was late\n\n## 01:10\nreassurance: texted at 1am\n"
                + "some nights i don't want to wake up.\n\n## 22:00\nurge: call him (acted)\n\n"
        }.joined()),
        ("comments over days", "<!-- steady-disable unknown-field -->\n\n" + (0..<12).map { day in
            "# 2026-05-\(String(format: "%02d", day + 1))\n\n## 09:00 x\ntmep: red\ntemp: purple\nhe's going to leave me\n"
                + (day % 4 == 1 ? "%% not for the review\n\n" : "") + (day % 4 == 2 ? "still hidden %%\n" : "")
                + (day == 5 ? "and then <!-- steady-enable -->\n" : "") + (day == 8 ? "more <!-- steady-disable-file invalid-field-value -->\n" : "")
                + "reassurance: asked again <!-- steady-disable-next-line -->\n\n"
        }.joined()),
    ]

    @Test("messy journals, edited at random: each edit gives what linting the buffer whole gives", arguments: messyJournals.indices)
    func messyEdits(index: Int) async throws {
        let (name, start) = Self.messyJournals[index]
        let failures = try await offThePool { () -> [String] in
            let uri = "untitled:\(name.replacingOccurrences(of: " ", with: "-"))"
            let buffer = EditedBuffer(uri: uri)
            var random = SeededGenerator(seed: UInt64(index) + 1)
            var text = Array(start)
            var failures: [String] = []
            var reused = 0
            let insertions = ["e", "\n", "# ", "#", "## 01:00 late\n", "reassurance: asked\n", " ", "é", "\n# 2026-02-30\n", "He will leave me.\n",
                              "<!-- steady-disable -->", "<!-- steady-enable -->\n", "%%"]
            for step in 0..<25 {
                let at = Int.random(in: 0...text.count, using: &random)
                if Bool.random(using: &random), at < text.count {
                    text.removeSubrange(at..<min(text.count, at + Int.random(in: 1...6, using: &random)))
                } else {
                    text.insert(contentsOf: insertions.randomElement(using: &random)!, at: at)
                }
                let whole = Self.fullLint(String(text), uri: uri)
                if let difference = Self.difference(buffer.lint(String(text)).findings, whole.findings) {
                    failures.append("step \(step): \(difference)")
                }
                reused += buffer.runsOfLastLint?.reused ?? 0
            }
            // Where the buffer is cut into days, most edits read most runs from memory.
            if name != "no day heading", reused < 10 { failures.append("only \(reused) runs were read from memory in 25 edits") }
            return failures
        }
        #expect(failures.isEmpty, "\(name): \(failures)")
    }

    @Test("a file with no day heading is linted whole; a jrnl export is cut into runs")
    func whatIsCut() throws {
        let noDays = EditedBuffer(uri: "untitled:no-days"), jrnl = EditedBuffer(uri: "untitled:jrnl")
        Self.expectSameAsWhole(Self.messyJournals[2].text, in: noDays, "no day heading")
        #expect(noDays.runsOfLastLint == nil)
        Self.expectSameAsWhole(Self.messyJournals[1].text, in: jrnl, "jrnl")
        #expect((jrnl.runsOfLastLint?.read ?? 0) > 3)
    }

    @Test("a day written right below the last line: the run above is no longer the last, and its fix is written for text below it")
    func dayBelowTheLastLine() throws {
        let buffer = EditedBuffer(uri: "untitled:journal")
        var text = Self.journal(days: 6) + "## 23:55 late\nHe will leave me for sure.\n"
        Self.expectSameAsWhole(text, in: buffer, "a thought on the last line")
        text += "# 2026-01-30 day 30\n\n## 09:00 morning\nfine\n"
        let runs = try #require(Self.expectSameAsWhole(text, in: buffer, "a day below it"))
        #expect(runs.reused >= 4 && runs.read == 2)
    }

    @Test("over the protocol: edits with ranges give the diagnostics and outline a server linting whole gives")
    func overTheProtocol() throws {
        let inRuns = ServerSession(runSizes: Self.smallRuns)
        let whole = ServerSession(runSizes: .never)
        let uri = "untitled:journal"
        for session in [inRuns, whole] {
            try session.initialize()
            session.open(uri, Self.journal(days: 12))
        }
        #expect(try inRuns.diagnostics(for: uri).diagnostics == whole.diagnostics(for: uri).diagnostics)
        let edits: [TextDocumentContentChangeEvent] = [
            .init(range: TextRange(start: .init(line: 6, character: 0), end: .init(line: 6, character: 0)), text: "e"),
            .init(range: TextRange(start: .init(line: 60, character: 0), end: .init(line: 60, character: 0)), text: "I'll end up alone.\n\n"),
            .init(range: TextRange(start: .init(line: 100, character: 0), end: .init(line: 102, character: 0)), text: ""),
            .init(range: TextRange(start: .init(line: 40, character: 0), end: .init(line: 40, character: 0)), text: "## 01:00 late\nreassurance: asked\n\n"),
        ]
        for (index, edit) in edits.enumerated() {
            for session in [inRuns, whole] { session.change(uri, version: index + 2, [edit]) }
            let published = try inRuns.diagnostics(for: uri), expected = try whole.diagnostics(for: uri)
            #expect(published.version == index + 2)
            #expect(published.diagnostics == expected.diagnostics, "edit \(index)")
            #expect(published.diagnostics.count > 20)
        }
        let outline = try inRuns.request("textDocument/documentSymbol", TextDocumentParams(textDocument: .init(uri: uri)), as: [DocumentSymbol].self)
        let wholeOutline = try whole.request("textDocument/documentSymbol", TextDocumentParams(textDocument: .init(uri: uri)), as: [DocumentSymbol].self)
        #expect(outline == wholeOutline)
        #expect((outline?.count ?? 0) > 5)
        for session in [inRuns, whole] { try session.shutDown() }
    }
}
