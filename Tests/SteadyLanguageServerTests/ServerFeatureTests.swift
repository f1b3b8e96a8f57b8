import Foundation
import JournalLint
import JournalModel
import LanguageServerProtocol
@testable import SteadyLanguageServer
import SteadyTestSupport
import Testing

@Suite("steady lsp features over the in-memory connection", .serialized)
struct ServerFeatureTests {
    static let thought = "# 2026-11-05\n\n## 21:40\n😀 e\u{301} He is going to leave me.\n"

    /// The text after applying `edits` (ranges in UTF-16 on `text`).
    static func applying(_ edits: [TextEdit], to text: String) -> String {
        var document = OpenDocument(uri: "file:///x.md", version: 1, text: text)
        for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
            document.apply([.init(range: edit.range, text: edit.newText)], encoding: .utf16)
        }
        return String(decoding: document.bytes, as: UTF8.self)
    }

    @Test("a finding is published at its UTF-16 range, coded by its rule, tagged with the version, and cleared on close")
    func pushDiagnostics() throws {
        let folder = try TemporaryFolder()
        let session = ServerSession()
        try session.initialize()
        let uri = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(uri, Self.thought, version: 7)
        let published = try session.diagnostics(for: uri)
        #expect(published.version == 7)
        let diagnostic = try #require(published.diagnostics.first)
        #expect(published.diagnostics.count == 1)
        #expect(diagnostic.code == "unsupported-catastrophizing")
        #expect(diagnostic.severity == DiagnosticConversion.information)  // the practice's: never a warning
        // 😀 (2 units) and a space come first; the sentence, from e + U+0301 (2 units), is 26 units.
        #expect(diagnostic.range == TextRange(start: .init(line: 3, character: 3), end: .init(line: 3, character: 3 + 26)))
        session.client.notify("textDocument/didClose", DidCloseTextDocumentParams(textDocument: .init(uri: uri)))
        let cleared = try session.diagnostics(for: uri)
        #expect(cleared.diagnostics.isEmpty)
        try session.shutDown()
        #expect(session.waitUntilFinished() == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the server wrote a file")
    }

    @Test("diagnostics speak in Steady's voice: the practice's findings gently and never as errors or warnings, the format's plainly")
    func voice() throws {
        let folder = try TemporaryFolder()
        let session = ServerSession()
        try session.initialize()
        let uri = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(uri, """
            # 2026-11-05

            ## 21:40
            temp: purpel
            He is going to leave me.

            ## 22:10
            I'm scared he'll leave.
            evidence:
            - for: he was quiet

            ## 23:00
            I don't want to wake up tomorrow.

            """)
        let diagnostics = try session.diagnostics(for: uri).diagnostics
        let byCode = Dictionary(diagnostics.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(byCode.keys) == ["invalid-field-value", "unsupported-catastrophizing", "one-sided-evidence", "crisis-language"])
        let thought = try #require(byCode["unsupported-catastrophizing"])
        #expect(thought.severity == DiagnosticConversion.information)
        #expect(thought.message.hasPrefix("to look at: a worst-case thought that tells the future as certain (fortune-telling)"), "\(thought.message)")
        #expect(thought.message.hasSuffix("\nyour words: \"is going to leave me\""), "\(thought.message)")
        let oneSided = try #require(byCode["one-sided-evidence"])
        #expect(oneSided.severity == DiagnosticConversion.hint)
        #expect(oneSided.message.hasPrefix("noticed: so far the evidence only speaks for the fear"), "\(oneSided.message)")
        let crisis = try #require(byCode["crisis-language"])
        #expect(crisis.severity == DiagnosticConversion.information)
        #expect(crisis.message.hasPrefix("please read: "), "\(crisis.message)")
        for finding in [thought, oneSided, crisis] {
            for word in ["error", "warning", "should", "must"] {
                #expect(!finding.message.lowercased().contains(word), "\(finding.code): \(finding.message)")
            }
        }
        // A problem with the format is named plainly, at its own severity.
        let value = try #require(byCode["invalid-field-value"])
        #expect(value.severity == DiagnosticConversion.error)
        #expect(!value.message.hasPrefix("to look at"))
        try session.shutDown()
    }

    @Test("a rule's documentation is linked when the client shows links and the writer said where it is", arguments: [
        (true, "https://docs.example/steady/rules#{rule}", "https://docs.example/steady/rules#unsupported-catastrophizing"),
        (false, "https://docs.example/steady/rules#{rule}", nil),
        (true, nil, nil),
        (true, "https://docs.example/steady/rules", nil),
    ] as [(Bool, String?, String?)])
    func ruleLinks(supported: Bool, template: String?, expected: String?) throws {
        let folder = try TemporaryFolder()
        _ = try folder.file(".steady.yml", "reassurance:\n  max-per-dy: 2\n")
        let session = ServerSession()
        let id = session.client.request("initialize", InitializeParams(
            capabilities: ClientCapabilities(textDocument: .init(publishDiagnostics: .init(codeDescriptionSupport: supported))),
            initializationOptions: InitializationOptions(ruleDocumentation: template)))
        _ = session.client.response(to: id)
        session.client.notify("initialized", EmptyObject())
        let uri = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(uri, Self.thought)
        let diagnostics = try session.diagnostics(for: uri).diagnostics
        #expect(diagnostics.map(\.code) == ["unsupported-catastrophizing"])
        #expect(diagnostics.first?.codeDescription?.href == expected)
        // A configuration problem is not a rule: no link.
        let problem = try session.diagnostics(for: DocumentURI.uri(ofPath: folder.path + "/.steady.yml"))
        #expect(problem.diagnostics.map(\.code) == ["configuration"])
        #expect(problem.diagnostics.first?.codeDescription == nil)
        try session.shutDown()
    }

    @Test("changes within the debounce are linted once, at the last version")
    func debounce() throws {
        let session = ServerSession(debounce: .milliseconds(200))
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, "# 2026-11-05\n")
        #expect(try session.diagnostics(for: uri).version == 1)
        for version in 2...4 {
            session.change(uri, version: version, [.init(range: TextRange(start: .init(line: 1, character: 0), end: .init(line: 1, character: 0)), text: "temp: purple\n")])
        }
        let published = try session.diagnostics(for: uri)
        #expect(published.version == 4)
        #expect(published.diagnostics.map(\.code) == ["invalid-field-value", "invalid-field-value", "invalid-field-value"])
        #expect(session.client.notification("textDocument/publishDiagnostics", timeout: .milliseconds(300)) == nil)
        try session.shutDown()
    }

    @Test("pull diagnostics are offered only to a client that can pull, and answer the current text")
    func pullDiagnostics() throws {
        let pushOnly = ServerSession()
        #expect(try pushOnly.initialize().capabilities.diagnosticProvider == nil)
        try pushOnly.shutDown()

        let session = ServerSession()
        let result = try session.initialize(ClientCapabilities(textDocument: .init(diagnostic: .init(dynamicRegistration: false))))
        #expect(result.capabilities.diagnosticProvider != nil)
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, "# 2026-11-05\n\ntemp: purple\n")
        let report = try #require(try session.request("textDocument/diagnostic", TextDocumentParams(textDocument: .init(uri: uri)), as: FullDocumentDiagnosticReport.self))
        #expect(report.kind == "full")
        #expect(report.items.map(\.code) == ["invalid-field-value"])
        try session.shutDown()
    }

    @Test("UTF-32 positions when the client offers them first")
    func utf32() throws {
        let session = ServerSession()
        let result = try session.initialize(ClientCapabilities(general: .init(positionEncodings: ["utf-32", "utf-16"])))
        #expect(result.capabilities.positionEncoding == .utf32)
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, Self.thought)
        let diagnostic = try #require(try session.diagnostics(for: uri).diagnostics.first)
        #expect(diagnostic.range == TextRange(start: .init(line: 3, character: 2), end: .init(line: 3, character: 2 + 26)))
        try session.shutDown()
    }

    @Test("the evidence quick fix inserts what steady lint --fix inserts, with the file's own line endings",
          arguments: ["\n", "\r\n"])
    func evidenceFix(ending: String) throws {
        let text = Self.thought.replacingOccurrences(of: "\n", with: ending) + "More prose." + ending
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, text)
        let diagnostic = try #require(try session.diagnostics(for: uri).diagnostics.first)
        let actions = try #require(try session.request("textDocument/codeAction", CodeActionParams(
            textDocument: .init(uri: uri), range: diagnostic.range, context: .init(diagnostics: [diagnostic])), as: [CodeAction].self))
        let scaffold = try #require(actions.first { $0.isPreferred == true })
        let fixed = Self.applying(try #require(scaffold.edit.changes[uri]), to: text)
        let report = LintEngine().lint(files: [(path: "x.md", bytes: Array(text.utf8))])
        let expected = FixApplier.apply(report.findings.compactMap(\.fix), to: Array(text.utf8))
        #expect(fixed == String(decoding: expected, as: UTF8.self))
        #expect(fixed.contains("evidence:" + ending + "- for:"))
        try session.shutDown()
    }

    @Test("field fixes: each colour for an invalid temp, the meant key for a typo, and a suppression comment that silences the finding")
    func fieldFixes() throws {
        let text = "# 2026-11-05\n\n  temp: purple\n\nevidnce:\n"
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, text)
        let diagnostics = try session.diagnostics(for: uri).diagnostics
        let temp = try #require(diagnostics.first { $0.code == "invalid-field-value" })
        let actions = try #require(try session.request("textDocument/codeAction", CodeActionParams(
            textDocument: .init(uri: uri), range: temp.range, context: .init(diagnostics: [temp])), as: [CodeAction].self))
        #expect(actions.map(\.title) == ["Use red", "Use yellow", "Use green", "Silence invalid-field-value on this line (with a reason)"])
        #expect(Self.applying(actions[1].edit.changes[uri]!, to: text) == "# 2026-11-05\n\n  temp: yellow\n\nevidnce:\n")
        let silenced = Self.applying(actions[3].edit.changes[uri]!, to: text)
        #expect(silenced.contains("\n  <!-- steady-disable-next-line invalid-field-value -- why this is fine here -->\n  temp: purple\n"))

        let typo = try #require(diagnostics.first { $0.code == "unknown-field" })
        let typoActions = try #require(try session.request("textDocument/codeAction", CodeActionParams(
            textDocument: .init(uri: uri), range: typo.range, context: .init(diagnostics: [typo])), as: [CodeAction].self))
        #expect(Self.applying(typoActions[0].edit.changes[uri]!, to: text).hasSuffix("\nevidence:\n"))

        // The comment, applied, silences the finding without an unused-suppression note.
        session.change(uri, version: 2, [.init(text: silenced)])
        let after = try session.diagnostics(for: uri)
        #expect(after.version == 2)
        #expect(after.diagnostics.map(\.code) == ["unknown-field"])
        try session.shutDown()
    }

    @Test("a slip of the format read as meant is offered written the format's own way, and the note then clears")
    func formatNoteFix() throws {
        let text = "# 2026-11-05\n\n## 21:40 🙂 late\ntemp green\n"
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, text)
        let note = try #require(try session.diagnostics(for: uri).diagnostics.first { $0.code == "format-note" })
        let actions = try #require(try session.request("textDocument/codeAction", CodeActionParams(
            textDocument: .init(uri: uri), range: note.range, context: .init(diagnostics: [note])), as: [CodeAction].self))
        let fixed = Self.applying(try #require(actions.first?.edit.changes[uri]), to: text)
        #expect(fixed == "# 2026-11-05\n\n## 21:40 🙂 late\ntemp: green\n")
        session.change(uri, version: 2, [.init(text: fixed)])
        #expect(try session.diagnostics(for: uri).diagnostics.allSatisfy { $0.code != "format-note" })
        try session.shutDown()
    }

    @Test("for:/against: items with no evidence: above them: the quick fix writes the line above, and the note then clears")
    func evidenceLineFix() throws {
        let text = "# 2026-11-05\n\nHe is going to leave me.\n- for: he was short\n- against: he called\n"
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, text)
        let diagnostics = try session.diagnostics(for: uri).diagnostics
        #expect(!diagnostics.contains { $0.code == "unsupported-catastrophizing" })
        let note = try #require(diagnostics.first { $0.code == "format-note" })
        let actions = try #require(try session.request("textDocument/codeAction", CodeActionParams(
            textDocument: .init(uri: uri), range: note.range, context: .init(diagnostics: [note])), as: [CodeAction].self))
        let fix = try #require(actions.first { $0.isPreferred == true })
        #expect(fix.title == "Write `evidence:` above them")
        let fixed = Self.applying(try #require(fix.edit.changes[uri]), to: text)
        #expect(fixed == "# 2026-11-05\n\nHe is going to leave me.\nevidence:\n- for: he was short\n- against: he called\n")
        session.change(uri, version: 2, [.init(text: fixed)])
        #expect(try session.diagnostics(for: uri).diagnostics.allSatisfy { $0.code != "format-note" })
        try session.shutDown()
    }

    @Test("steady new as a code action: in the file for now, on the editor's text, placed as steady new places it; not in another day's file")
    func newEntryAction() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("2026-11-05.md", "# 2026-11-05 Thursday\n\n## 09:00 morning\n\ntemp: green\n")
        let uri = DocumentURI.uri(ofPath: path)
        let buffer = "# 2026-11-05 Thursday\n\n## 09:00 morning\n\ntemp: green\nunsaved words 🙂\n"
        func actions(at date: String, _ time: String) throws -> [CodeAction] {
            let session = ServerSession(clock: { (JournalDate(date)!, TimeOfDay(time)!) })
            defer { try? session.shutDown() }
            try session.initialize()
            session.open(uri, buffer)
            _ = try session.diagnostics(for: uri)
            let start = Position(line: 0, character: 0)
            return try #require(try session.request("textDocument/codeAction", CodeActionParams(
                textDocument: .init(uri: uri), range: TextRange(start: start, end: start)), as: [CodeAction].self))
        }
        let evening = try #require(try actions(at: "2026-11-05", "21:40").first { $0.title == NewEntryAction.title })
        let written = Self.applying(try #require(evening.edit.changes[uri]), to: buffer)
        #expect(written.hasPrefix(buffer), "the writer's text, unsaved words included, is kept as it was")
        #expect(written.contains("\n## 21:40\n"))
        #expect(written.contains("temp:"))
        // 01:30 the next morning still belongs to the 5th (day-starts-at 04:00), headed with its date.
        let late = try #require(try actions(at: "2026-11-06", "01:30").first { $0.title == NewEntryAction.title })
        #expect(Self.applying(try #require(late.edit.changes[uri]), to: buffer).contains("\n## 2026-11-06 01:30\n"))
        // The next day's entry belongs in the next day's note: no action here.
        #expect(try actions(at: "2026-11-06", "10:00").allSatisfy { $0.title != NewEntryAction.title })
    }

    @Test("hover explains the finding's rule and asks the cross-examination questions; elsewhere it is empty")
    func hover() throws {
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        session.open(uri, Self.thought)
        _ = try session.diagnostics(for: uri)
        let hover = try #require(try session.request("textDocument/hover", TextDocumentPositionParams(
            textDocument: .init(uri: uri), position: .init(line: 3, character: 10)), as: Hover.self))
        #expect(hover.contents.kind == "markdown")
        #expect(hover.contents.value.contains("unsupported-catastrophizing"))
        #expect(hover.contents.value.contains("Fortune-telling"))
        #expect(hover.contents.value.contains("- What would I tell a friend who had this thought?"))
        let nothing = try session.request("textDocument/hover", TextDocumentPositionParams(
            textDocument: .init(uri: uri), position: .init(line: 0, character: 2)), as: Hover.self)
        #expect(nothing == nil)
        try session.shutDown()
    }

    @Test("completion: keys at a line's start, colours after temp:, outcomes after an urge, the journal's tags after #, headings for now")
    func completion() throws {
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/2026-11-05.md"
        let text = "# 2026-11-05 #work\n\nte\ntemp: red -> ye\nurge: text him \nSo tired #wo\n##\n"
        session.open(uri, text)
        _ = try session.diagnostics(for: uri)
        func labels(_ line: Int, _ character: Int) throws -> [String] {
            try #require(try session.request("textDocument/completion", TextDocumentPositionParams(
                textDocument: .init(uri: uri), position: .init(line: line, character: character)), as: CompletionList.self)).items.map(\.label)
        }
        let keys = try labels(2, 2)
        #expect(keys.prefix(3) == ["temp:", "evidence:", "- for:"])
        #expect(keys.contains("# 2026-11-05") || keys.contains { $0.hasPrefix("# ") })
        #expect(try labels(3, 15) == ["red", "yellow", "green"])
        // Right after `temp:` (set off by typing the colon), the colour comes with its space.
        session.change(uri, version: 2, [.init(range: TextRange(start: .init(line: 7, character: 0), end: .init(line: 7, character: 0)), text: "temp:")])
        let afterColon = try #require(try session.request("textDocument/completion", TextDocumentPositionParams(
            textDocument: .init(uri: uri), position: .init(line: 7, character: 5)), as: CompletionList.self))
        #expect(afterColon.items.map { $0.textEdit?.newText } == [" red", " yellow", " green"])
        #expect(try labels(4, 15) == ["(resisted)", "(acted)"])
        #expect(try labels(5, 12) == ["#work"])
        let headings = try labels(6, 2)
        #expect(headings.count == 2)
        #expect(headings[0].wholeMatch(of: /# \d{4}-\d{2}-\d{2}/) != nil)
        #expect(headings[1].wholeMatch(of: /## \d{2}:\d{2}/) != nil)
        try session.shutDown()
    }

    @Test("with tag-prefixes holding @, tags are offered after @ as after #; without it, @ offers none")
    func atTagCompletion() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("jrnl/.steady.yml", "tag-prefixes: [\"#\", \"@\"]\n")
        let session = ServerSession()
        try session.initialize()
        let text = "# 2026-11-05 @work\n\nSo tired @wo\nand #wo\n"
        func labels(_ uri: String, _ line: Int, _ character: Int) throws -> [String] {
            try #require(try session.request("textDocument/completion", TextDocumentPositionParams(
                textDocument: .init(uri: uri), position: .init(line: line, character: character)), as: CompletionList.self)).items.map(\.label)
        }
        let configured = DocumentURI.uri(ofPath: folder.path + "/jrnl/2026-11-05.md")
        session.open(configured, text)
        _ = try session.diagnostics(for: configured)
        #expect(try labels(configured, 2, 12) == ["@work"])
        #expect(try labels(configured, 3, 7) == ["#work"])
        let plain = DocumentURI.uri(ofPath: folder.path + "/2026-11-06.md")
        session.open(plain, text.replacingOccurrences(of: "11-05", with: "11-06"))
        _ = try session.diagnostics(for: plain)
        #expect(try labels(plain, 2, 12) == [])
        try session.shutDown()
    }

    @Test("tags used in files on disk under the workspace are offered after #, once indexed; ignored folders are not read")
    func tagIndex() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("old/2025-01-02.md", "# 2025-01-02\n\nCalled my sister #alone-time\n")
        _ = try folder.file("private/2025-01-03.md", "# 2025-01-03\n\n#alcove\n")
        _ = try folder.file(".steady.yml", "ignore: [\"private/\"]\n")
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        let uri = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(uri, "# 2026-11-05\n\nFelt #al\n")
        var labels: [String] = []
        for _ in 0..<100 {
            labels = try #require(try session.request("textDocument/completion", TextDocumentPositionParams(
                textDocument: .init(uri: uri), position: .init(line: 2, character: 8)), as: CompletionList.self)).items.map(\.label)
            if !labels.isEmpty { break }
            usleep(20_000)
        }
        #expect(labels == ["#alone-time"])
        // The ignored folder comes after `old/` in the walk: given time, it is still not read.
        usleep(300_000)
        let later = try #require(try session.request("textDocument/completion", TextDocumentPositionParams(
            textDocument: .init(uri: uri), position: .init(line: 2, character: 8)), as: CompletionList.self))
        #expect(later.items.map(\.label) == ["#alone-time"])
        try session.shutDown()
    }

    @Test("the outline lists days with their entries")
    func outline() throws {
        let session = ServerSession()
        try session.initialize()
        let uri = "file:///nowhere/journal.md"
        session.open(uri, "# 2026-11-05 Thursday\n\n## 09:00 Morning\nok\n\n## 21:40\nlate\n\n# 2026-11-06\n\nquiet day\n")
        let symbols = try #require(try session.request("textDocument/documentSymbol", TextDocumentParams(textDocument: .init(uri: uri)), as: [DocumentSymbol].self))
        #expect(symbols.map(\.name) == ["2026-11-05 Thursday", "2026-11-06"])
        #expect(symbols[0].children?.map(\.name) == ["09:00 Morning", "21:40"])
        #expect(symbols[0].range.start == Position(line: 0, character: 0))
        #expect(symbols[0].children?[1].range.start == Position(line: 5, character: 0))
        try session.shutDown()
    }

    @Test("the day's other files count: on disk, and open in the editor, where the editor's text wins")
    func dayCompanions() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("2026-11-05.md", "# 2026-11-05\n\n## 09:00\nreassurance: asked if we are okay\n")
        _ = try folder.file("2026-10-01.md", "# 2026-10-01\n\nreassurance: asked\nreassurance: asked again\n")
        let session = ServerSession()
        try session.initialize()
        let evening = DocumentURI.uri(ofPath: folder.path + "/2026-11-05-evening.md")
        session.open(evening, "# 2026-11-05\n\n## 22:00\nreassurance: texted him to check\n")
        #expect(try session.diagnostics(for: evening).diagnostics.map(\.code) == ["excessive-reassurance"])
        // The morning file, opened and its ask deleted in the editor (not saved): the evening's ask is the day's first.
        let morning = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(morning, "# 2026-11-05\n\n## 09:00\nNo asks today.\n")
        #expect(try session.diagnostics(for: morning).diagnostics.isEmpty)
        #expect(try session.diagnostics(for: evening).diagnostics.isEmpty)
        try session.shutDown()
    }

    @Test("an unsaved note counts for the other open notes of its day, and is linted with the day's files on disk")
    func unsavedNotesCount() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("2026-11-05.md", "# 2026-11-05\n\n## 09:00\nreassurance: asked if we are okay\n")
        _ = try folder.file("notes.md", "# 2026-11-05\n")  // listed before the notes below are opened
        let session = ServerSession()
        try session.initialize()
        // Neither note is on disk, and the folder was listed (for the first) before the second opens.
        let night = DocumentURI.uri(ofPath: folder.path + "/2026-11-06.md")
        session.open(night, "# 2026-11-06\n\n## 21:00\nreassurance: asked again tonight\n")
        #expect(try session.diagnostics(for: night).diagnostics.isEmpty)
        let evening = DocumentURI.uri(ofPath: folder.path + "/2026-11-06-evening.md")
        session.open(evening, "# 2026-11-06\n\n## 19:00\nreassurance: asked Noor\n")
        // The evening note is linted first (the night's ask is later): nothing; then the night's
        // ask is the day's second, in the other open note.
        #expect(try session.diagnostics(for: evening).diagnostics.isEmpty)
        let flagged = try session.diagnostics(for: night).diagnostics
        #expect(flagged.map(\.code) == ["excessive-reassurance"])
        #expect(flagged.first?.range.start.line == 3)
        // An unsaved note for the day after midnight: its 01:00 ask counts for 11-05, on disk.
        let late = DocumentURI.uri(ofPath: folder.path + "/2026-11-06-late.md")
        session.open(late, "# 2026-11-06\n\n## 01:00\nreassurance: texted him again\n")
        let lateFindings = try session.diagnostics(for: late).diagnostics
        #expect(lateFindings.map(\.code) == ["excessive-reassurance"])
        try session.shutDown()
    }

    @Test("an unsaved note the configuration's ignore: leaves out is no day's file: its asks do not count for the open notes")
    func ignoredUnsavedNotesDoNotCount() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file(".steady.yml", "ignore: [\"*-draft.md\"]\n")
        let morningText = "# 2026-11-05\n\n## 09:00\nreassurance: asked if we are okay\n"
        _ = try folder.file("2026-11-05.md", morningText)
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        // An unsaved draft of the same day, earlier, which the configuration ignores.
        let draft = DocumentURI.uri(ofPath: folder.path + "/2026-11-05-draft.md")
        session.open(draft, "# 2026-11-05\n\n## 08:00\nreassurance: asked Sam first\n")
        _ = try session.diagnostics(for: draft)
        let morning = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(morning, morningText)
        #expect(try session.diagnostics(for: morning).diagnostics.isEmpty, "the ignored draft's ask was counted")
        // The same unsaved note under a name the configuration keeps counts (the check can fail).
        let evening = DocumentURI.uri(ofPath: folder.path + "/2026-11-05-early.md")
        session.open(evening, "# 2026-11-05\n\n## 08:30\nreassurance: asked Sam first\n")
        _ = try session.diagnostics(for: evening)
        #expect(try session.diagnostics(for: morning).diagnostics.map(\.code) == ["excessive-reassurance"])
        try session.shutDown()
    }

    @Test("a note of the same journal in another folder is linted again when a note it shares a day with changes (year folders)")
    func neighboursInOtherFoldersAreLintedAgain() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file(".steady.yml", "reassurance:\n  max-per-day: 1\n")
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        // The 01:00 ask of New Year's Day counts for 2026-12-31 (day-starts-at 04:00).
        let newYear = DocumentURI.uri(ofPath: folder.path + "/daily/2027/2027-01-01.md")
        session.open(newYear, "# 2027-01-01\n\n## 01:00\nreassurance: texted him happy new year, asked if we are okay\n")
        #expect(try session.diagnostics(for: newYear).diagnostics.isEmpty)
        // The evening before, in the 2026 folder, opened unsaved: its 22:00 ask is the day's first,
        // so the New Year's one becomes the second, and its note, in another folder, shows it.
        let newYearsEve = DocumentURI.uri(ofPath: folder.path + "/daily/2026/2026-12-31.md")
        session.open(newYearsEve, "# 2026-12-31\n\n## 22:00\nreassurance: asked Sam if it will be okay\n")
        #expect(try session.diagnostics(for: newYearsEve).diagnostics.isEmpty)
        let flagged = try session.diagnostics(for: newYear).diagnostics
        #expect(flagged.map(\.code) == ["excessive-reassurance"])
        // The eve's ask deleted in the editor: the New Year's note clears again.
        session.change(newYearsEve, version: 2, [.init(range: nil, text: "# 2026-12-31\n\n## 22:00\nA quiet evening.\n")])
        _ = try session.diagnostics(for: newYearsEve)
        #expect(try session.diagnostics(for: newYear).diagnostics.isEmpty)
        try session.shutDown()
    }

    @Test("month folders: a night that crosses a month's end counts with the note in the other month's folder, on disk or open")
    func monthFoldersAreOneJournal() throws {
        let folder = try TemporaryFolder()
        // `{yyyy}/{mm}/{dd}.md`: the folders date the notes, which have no date heading.
        _ = try folder.file("daily/2026/11/30.md", "## 22:00\nreassurance: asked if we are okay\n")
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        // The 01:30 ask of 12-01 counts for 11-30, whose note is on disk in November's folder.
        let night = DocumentURI.uri(ofPath: folder.path + "/daily/2026/12/01.md")
        session.open(night, "## 01:30\nreassurance: texted him again\n")
        #expect(try session.diagnostics(for: night).diagnostics.map(\.code) == ["excessive-reassurance"])
        // November's note opened and its ask deleted in the editor: December's note clears.
        let evening = DocumentURI.uri(ofPath: folder.path + "/daily/2026/11/30.md")
        session.open(evening, "## 22:00\nreassurance: asked if we are okay\n")
        _ = try session.diagnostics(for: evening)
        #expect(try session.diagnostics(for: night).diagnostics.map(\.code) == ["excessive-reassurance"])
        session.change(evening, version: 2, [.init(range: nil, text: "## 22:00\nA quiet evening.\n")])
        _ = try session.diagnostics(for: evening)
        #expect(try session.diagnostics(for: night).diagnostics.isEmpty)
        try session.shutDown()
    }

    @Test("configuration: defaults with one log line when there is none, the nearest file per document, read again when it changes")
    func configuration() throws {
        let folder = try TemporaryFolder()
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        let text = "# 2026-11-05\n\nreassurance: asked\nreassurance: asked again\n"
        let first = DocumentURI.uri(ofPath: folder.path + "/a/2026-11-05.md")
        let second = DocumentURI.uri(ofPath: folder.path + "/b/2026-11-05.md")
        session.open(first, text)
        #expect(try session.diagnostics(for: first).diagnostics.map(\.code) == ["excessive-reassurance"])
        session.open(second, text)
        _ = try session.diagnostics(for: second)
        #expect(session.logged.value.withLock { $0.filter { $0.contains("no .steady.yml") }.count } == 1)

        let config = try folder.file("a/.steady.yml", "reassurance:\n  max-per-day: 2\n")
        session.client.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams(changes: [.init(uri: DocumentURI.uri(ofPath: config), type: 1)]))
        #expect(try session.diagnostics(for: first).diagnostics.isEmpty)

        try "reassurance:\n  max-per-dy: 2\n".write(toFile: config, atomically: true, encoding: .utf8)
        session.client.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams(changes: [.init(uri: DocumentURI.uri(ofPath: config), type: 2)]))
        let problem = try session.diagnostics(for: DocumentURI.uri(ofPath: config))
        #expect(problem.diagnostics.map(\.code) == ["configuration"])
        #expect(problem.diagnostics[0].range.start == Position(line: 1, character: 2))
        try session.shutDown()
    }

    @Test("logs hold no journal text")
    func privateLogs() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file(".steady.yml", "reassurance:\n  max-per-dy: 2\n")
        let session = ServerSession()
        try session.initialize(rootUri: DocumentURI.uri(ofPath: folder.path))
        let uri = DocumentURI.uri(ofPath: folder.path + "/2026-11-05.md")
        session.open(uri, "# 2026-11-05 Zanzibar\n\nHe is going to leave me, Quixotic.\ntemp: purple\n#secretive\n")
        _ = try session.diagnostics(for: uri)
        _ = try session.request("textDocument/hover", TextDocumentPositionParams(textDocument: .init(uri: uri), position: .init(line: 2, character: 3)), as: Hover.self)
        _ = try? session.request("textDocument/foo", TextDocumentParams(textDocument: .init(uri: uri)), as: EmptyObject.self)
        session.client.notify("textDocument/didChange", ["textDocument": ["uri": "Quixotic"]])
        try session.shutDown()
        _ = session.waitUntilFinished()
        let log = session.log
        #expect(!log.isEmpty)
        for word in ["Zanzibar", "Quixotic", "leave me", "purple", "secretive"] {
            #expect(!log.contains(word), "the log holds \(word)")
        }
    }
}
