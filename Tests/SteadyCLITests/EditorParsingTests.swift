import Foundation
import Testing

/// `--format gcc` and the text format as real editors read them: Vim and Neovim load the output
/// into a quickfix list (`:cgetfile`), Emacs `compile-mode` parses it in batch mode, and each
/// must find exactly the findings — no excerpt line, cue or summary taken for a location.
/// Skipped, with a message, when the editor is not installed (`Scripts/bootstrap` installs
/// `vim-nox`, `neovim` and `emacs-nox`).
@Suite("Editors parse lint output")
struct EditorParsingTests {
    /// Findings on lines whose words look like locations, with accents, an emoji and a tab before
    /// them (byte and character columns differ), and a path with a space and accent.
    static let journal = """
    # 2026-11-05

    ## 10:00 Café é é — no reply #no-reply
    temp: red
    Phone log 03:12:45: he is going to leave me.
    Café é é — he is going to leave me.
    reasons (2): x |12| y "notes.md", line 4: he is going to leave me.
    \t🙂 at 3:15: 9:30 he is going to leave me.
    tmep: red
    temp: purple

    """
    static let path = "my journal/2026-11-05 é.md"

    struct Location: Hashable, CustomStringConvertible {
        let file: String
        let line: Int
        let column: Int
        var description: String { "\(file):\(line):\(column)" }

        static func inFileOrder(_ lhs: Location, _ rhs: Location) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }

    /// Runs `steady lint` in a folder holding the journal; the output is written to `output.txt` there.
    func lint(_ arguments: [String], in folder: TemporaryFolder) async throws -> String {
        let output = try await SteadyBinary.run(["lint", "--color", "never"] + arguments + [Self.path], in: folder.path)
        #expect(output.status == 0 || output.status == 1, "\(output.transcript)")
        try folder.write("output.txt", output.stdoutText)
        return output.stdoutText
    }

    /// The findings' locations from the JSON report (byte columns), or in characters.
    func expectedLocations(in folder: TemporaryFolder, characters: Bool = false) async throws -> [Location] {
        let output = try await SteadyBinary.run(["lint", "--format", "json", Self.path], in: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let lines = Self.journal.split(separator: "\n", omittingEmptySubsequences: false)
        return try findings.map { finding in
            let line = try #require(finding["line"] as? Int)
            var column = try #require(finding["column"] as? Int)
            if characters {
                let bytes = Array(lines[line - 1].utf8.prefix(column - 1))
                column = String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
            }
            return Location(file: Self.path, line: line, column: column)
        }
    }

    func withJournal(_ body: (TemporaryFolder) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.path, Self.journal)
        try await body(folder)
    }

    /// The quickfix list Vim (or Neovim) makes of `output.txt`: every entry, with whether it is a
    /// valid location. `errorformat` nil keeps the editor's default.
    func quickfix(_ editor: String, errorformat: String?, in folder: TemporaryFolder) async throws -> (valid: [Location], other: Int) {
        let (valid, other) = try await quickfixEntries(editor, errorformat: errorformat, in: folder)
        return (valid.map(\.location), other)
    }

    /// The valid entries of the quickfix list with their type (`%t`: "e", "w", "n" or "" when
    /// the errorformat has none) and text, and how many other lines it holds.
    func quickfixEntries(_ editor: String, errorformat: String?, in folder: TemporaryFolder) async throws
        -> (valid: [(location: Location, type: String, text: String)], other: Int)
    {
        let script = """
        cgetfile output.txt
        let s:out = []
        for s:e in getqflist()
          call add(s:out, json_encode({'valid': s:e.valid, 'file': bufname(s:e.bufnr), 'lnum': s:e.lnum, 'col': s:e.col, 'type': s:e.type, 'text': s:e.text}))
        endfor
        call writefile(s:out, 'quickfix.jsonl')
        qall!
        """
        try folder.write("dump.vim", script)
        var arguments = editor.hasSuffix("nvim") ? ["--headless", "-u", "NONE", "-i", "NONE"] : ["-N", "-u", "NONE", "-i", "NONE", "-es"]
        if let errorformat { arguments += ["-c", "set errorformat=" + errorformat.replacingOccurrences(of: " ", with: "\\ ")] }
        arguments += ["-S", "dump.vim"]
        let run = try await Subprocess.run(editor, arguments, in: folder.path, environment: ["HOME": folder.path], timeLimit: 60)
        #expect(!run.timedOut, "\(run.transcript)")
        let text = try String(contentsOfFile: folder.path + "/quickfix.jsonl", encoding: .utf8)
        var valid: [(location: Location, type: String, text: String)] = [], other = 0
        for line in text.split(separator: "\n") {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if entry["valid"] as? Int == 1 {
                let location = Location(file: try #require(entry["file"] as? String), line: try #require(entry["lnum"] as? Int),
                                        column: try #require(entry["col"] as? Int))
                valid.append((location, entry["type"] as? String ?? "", entry["text"] as? String ?? ""))
            } else {
                other += 1
            }
        }
        return (valid, other)
    }

    /// The errors Emacs `compile-mode` finds in `output.txt` (with its default regexps, all of
    /// them), each with the text at the place Emacs would jump to when it counts columns in
    /// characters (`compilation-error-screen-columns` nil).
    func compileMode(in folder: TemporaryFolder) async throws -> [(location: Location, landing: String)] {
        try await compileModeMessages(in: folder).map { ($0.location, $0.landing) }
    }

    /// As `compileMode`, with the type Emacs gives each message: 2 error, 1 warning, 0 info.
    func compileModeMessages(in folder: TemporaryFolder) async throws -> [(location: Location, type: Int, landing: String)] {
        let script = #"""
        (require 'compile)
        (setq compilation-error-screen-columns nil)
        (let ((coding-system-for-read 'utf-8) (out nil))
          (with-current-buffer (find-file-noselect "output.txt")
            (compilation-mode)
            (compilation--ensure-parse (point-max))
            (goto-char (point-min))
            (while (not (eobp))
              (let* ((start (line-beginning-position)) (end (line-end-position))
                     (pos (if (get-text-property start 'compilation-message) start
                            (next-single-property-change start 'compilation-message nil end)))
                     (msg (and pos (< pos end) (get-text-property pos 'compilation-message))))
                (when msg
                  (let* ((loc (compilation--message->loc msg))
                         (file (caar (compilation--loc->file-struct loc)))
                         (line (or (compilation--loc->line loc) 0))
                         (col (or (compilation--loc->col loc) compilation-first-column))
                         (landing (if (file-exists-p file)
                                      (with-current-buffer (find-file-noselect file)
                                        (goto-char (point-min))
                                        (forward-line (1- line))
                                        (forward-char (- col compilation-first-column))
                                        (buffer-substring-no-properties (point) (min (line-end-position) (+ (point) 12))))
                                    "")))
                    (push (format "%s\t%d\t%d\t%d\t%s" file line col (compilation--message->type msg) landing) out))))
              (forward-line 1)))
          (with-temp-file "compile-mode.tsv"
            (set-buffer-file-coding-system 'utf-8)
            (insert (mapconcat #'identity (nreverse out) "\n"))))
        """#
        try folder.write("dump.el", script)
        let emacs = try #require(Subprocess.which("emacs"))
        let run = try await Subprocess.run(emacs, ["-Q", "--batch", "-l", "dump.el"], in: folder.path,
                                           environment: ["HOME": folder.path, "LANG": "C.UTF-8"], timeLimit: 60)
        #expect(run.status == 0, "\(run.transcript)")
        let text = try String(contentsOfFile: folder.path + "/compile-mode.tsv", encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 5, "\(line)")
            return (Location(file: fields[0], line: Int(fields[1]) ?? 0, column: Int(fields[2]) ?? 0), Int(fields[3]) ?? -1, fields[4])
        }
    }

    static let vims = ["vim", "nvim"].compactMap { Subprocess.which($0) }

    @Test("gcc: Vim and Neovim's quickfix list holds exactly the findings (the brief's errorformat and the default)")
    func gccInVim() async throws {
        guard !Self.vims.isEmpty else {
            print("EditorParsingTests: neither vim nor nvim on PATH; skipped (Scripts/bootstrap installs them)")
            return
        }
        try await withJournal { folder in
            let expected = try await expectedLocations(in: folder)
            try #require(expected.count >= 5)
            let output = try await lint(["--format", "gcc"], in: folder)
            #expect(output.split(separator: "\n").count == expected.count)
            for editor in Self.vims {
                // The brief's format, the typed one docs/editors.md gives, and the editor's default.
                for errorformat in ["%f:%l:%c: %m", "%f:%l:%c: %t%*[^:]: %m", nil] {
                    let (valid, other) = try await quickfix(editor, errorformat: errorformat, in: folder)
                    #expect(valid == expected, "\(editor) errorformat \(errorformat ?? "default")")
                    #expect(other == 0, "\(editor) errorformat \(errorformat ?? "default"): \(other) lines that are not findings")
                }
            }
        }
    }

    @Test("text: no excerpt, cue or summary line is a location to Vim or Neovim")
    func textInVim() async throws {
        guard !Self.vims.isEmpty else {
            print("EditorParsingTests: neither vim nor nvim on PATH; skipped (Scripts/bootstrap installs them)")
            return
        }
        try await withJournal { folder in
            let expected = try await expectedLocations(in: folder)
            let output = try await lint([], in: folder)
            #expect(output.contains("Phone log 03\u{200C}:\u{200C}12\u{200C}:\u{200C}45\u{200C}: he is going"))
            for editor in Self.vims {
                for errorformat in ["%f:%l:%c: %m", nil] {
                    let (valid, _) = try await quickfix(editor, errorformat: errorformat, in: folder)
                    // The text format lists an entry's format problems first (docs/voice.md).
                    #expect(valid.sorted(by: Location.inFileOrder) == expected.sorted(by: Location.inFileOrder),
                            "\(editor) errorformat \(errorformat ?? "default")")
                }
            }
        }
    }

    @Test("Without the break, Vim would take the excerpt for a location (the check can fail)")
    func unbrokenExcerptIsALocation() async throws {
        guard let editor = Self.vims.first else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("output.txt", " 5 | Phone log 03:12:45: he is going to leave me.\n")
        let (valid, _) = try await quickfix(editor, errorformat: "%f:%l:%c: %m", in: folder)
        #expect(valid == [Location(file: "5 | Phone log 03", line: 12, column: 45)])
    }

    @Test("gcc and text: Emacs compile-mode finds exactly the findings, and with --column-unit char lands on them")
    func compileModeParses() async throws {
        guard Subprocess.which("emacs") != nil else {
            print("EditorParsingTests: emacs not on PATH; skipped (Scripts/bootstrap installs emacs-nox)")
            return
        }
        try await withJournal { folder in
            let bytes = try await expectedLocations(in: folder)
            let characters = try await expectedLocations(in: folder, characters: true)
            #expect(bytes != characters, "the journal has lines where bytes and characters differ")
            for (arguments, expected) in [(["--format", "gcc"], bytes), ([], bytes),
                                          (["--format", "gcc", "--column-unit", "char"], characters),
                                          (["--column-unit", "char"], characters)] {
                _ = try await lint(arguments, in: folder)
                // The text format lists an entry's format problems first (docs/voice.md): compare in file order.
                let parsed = try await compileMode(in: folder).sorted { Location.inFileOrder($0.location, $1.location) }
                #expect(parsed.map(\.location) == expected.sorted(by: Location.inFileOrder), "\(arguments)")
                if arguments.contains("char") {
                    // Emacs lands where the finding starts: the text at its byte column.
                    let lines = Self.journal.split(separator: "\n", omittingEmptySubsequences: false)
                    for ((location, landing), byteLocation) in zip(parsed, bytes.sorted(by: Location.inFileOrder)) {
                        let startsAt = String(decoding: Array(lines[location.line - 1].utf8).dropFirst(byteLocation.column - 1), as: UTF8.self)
                        #expect(!landing.isEmpty && startsAt.hasPrefix(landing), "\(location): lands on \(landing.debugDescription), the finding starts at \(startsAt.debugDescription)")
                    }
                }
            }
        }
    }

    /// The practice's rules in the journal above (the rest are the format's).
    static let practiceRules: Set<String> = ["unsupported-catastrophizing", "possible-catastrophizing"]

    /// The rule id at the end of a gcc line's message (`... [rule]`).
    static func rule(of message: String) -> String? {
        guard message.hasSuffix("]"), let open = message.lastIndex(of: "[") else { return nil }
        return String(message[message.index(after: open)..<message.index(before: message.endIndex)])
    }

    @Test("gcc: the practice's findings are notes in Vim's typed errorformat, with the text format's words; the format's keep their type")
    func gccTypesInVim() async throws {
        guard !Self.vims.isEmpty else {
            print("EditorParsingTests: neither vim nor nvim on PATH; skipped (Scripts/bootstrap installs them)")
            return
        }
        try await withJournal { folder in
            let output = try await lint(["--format", "gcc"], in: folder)
            for editor in Self.vims {
                let (valid, other) = try await quickfixEntries(editor, errorformat: "%f:%l:%c: %t%*[^:]: %m", in: folder)
                #expect(other == 0)
                let rules = valid.compactMap { Self.rule(of: $0.text) }
                #expect(rules.count == valid.count, "every entry ends with its rule: \(valid.map(\.text))")
                #expect(rules.contains("unsupported-catastrophizing") && rules.contains("invalid-field-value"), "\(output)")
                for (entry, rule) in zip(valid, rules) {
                    if Self.practiceRules.contains(rule) {
                        #expect(entry.type == "n", "\(editor): \(entry.text)")
                        #expect(entry.text.hasPrefix("to look at: ") || entry.text.hasPrefix("noticed: "), "\(editor): \(entry.text)")
                    } else {
                        #expect(entry.type == "e" || entry.type == "w" || entry.type == "n", "\(editor): \(entry.text)")
                    }
                }
                #expect(valid.contains { $0.type == "e" }, "invalid-field-value stays an error")
            }
        }
    }

    @Test("gcc: Emacs compile-mode shows the practice's findings as info, never as warnings or errors")
    func gccTypesInCompileMode() async throws {
        guard Subprocess.which("emacs") != nil else {
            print("EditorParsingTests: emacs not on PATH; skipped (Scripts/bootstrap installs emacs-nox)")
            return
        }
        try await withJournal { folder in
            let output = try await lint(["--format", "gcc"], in: folder)
            let lines = output.split(separator: "\n").map(String.init)
            let messages = try await compileModeMessages(in: folder)
            #expect(messages.count == lines.count)
            // compile-mode keeps the output's order: line i is message i.
            for (line, message) in zip(lines, messages) {
                let rule = try #require(Self.rule(of: line))
                if Self.practiceRules.contains(rule) {
                    #expect(message.type == 0, "\(line)")
                } else if line.contains(": error: ") {
                    #expect(message.type == 2, "\(line)")
                }
            }
            #expect(messages.contains { $0.type == 0 } && messages.contains { $0.type == 2 })
        }
    }
}
