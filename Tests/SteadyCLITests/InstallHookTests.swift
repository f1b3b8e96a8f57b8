import Foundation
import Testing

/// `steady install-hook` end to end: a real repository, real `git commit`s through the hook.
@Suite("steady install-hook", .enabled(if: GitSandbox.gitPath != nil, "git is not on PATH"))
struct InstallHookTests {
    static let errorJournal = "## 21:40 No reply since lunch #no-reply\ntemp: purple\n\nHe has not answered in two hours.\n"
    static let goodJournal = "## 21:40 No reply since lunch #no-reply\ntemp: red\n\nHe has not answered in two hours.\n"
    static let warningJournal = "## 21:40 No reply since lunch #no-reply\ntemp: red\n\nHe's going to leave me.\n"

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("outside a git repository: an error, exit 2, nothing written")
    func notARepository() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let elsewhere = sandbox.root.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let output = try await sandbox.steady(["install-hook"], in: elsewhere)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("not inside a git repository"), "\(output.stderrText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test("without git on PATH: a clear error, exit 2")
    func noGit() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let output = try await sandbox.steady(["install-hook"], environment: ["PATH": sandbox.root.path + "/empty"])
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("git was not found"), "\(output.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.hookPath))
    }

    @Test("installs an executable hook, says where and how to remove it; installing again is fine")
    func installs() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let output = try await sandbox.steady(["install-hook"])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains(".git/hooks/pre-commit"))
        #expect(output.stdoutText.contains("rm .git/hooks/pre-commit"))
        #expect(output.stdoutText.contains("--no-verify"))
        #expect(try Self.mode(sandbox.hookPath) == 0o755)
        let script = try sandbox.read(".git/hooks/pre-commit")
        #expect(script.hasPrefix("#!/bin/sh\n"))
        #expect(script.contains("steady-managed-hook"))
        #expect(script.contains(SteadyBinary.path), "records the installing binary's path")

        let again = try await sandbox.steady(["install-hook"])
        #expect(again.status == 0, "\(again.transcript)")
        #expect(again.stdoutText.contains("already installed"), "\(again.stdoutText)")
        #expect(try sandbox.read(".git/hooks/pre-commit") == script)
        #expect(try Self.mode(sandbox.hookPath) == 0o755)
        let hooks = try FileManager.default.contentsOfDirectory(atPath: sandbox.path + "/.git/hooks")
        #expect(!hooks.contains { $0.hasPrefix("pre-commit.before-steady") || $0.contains(".steady-") }, "\(hooks)")
    }

    @Test("Steady's own hook, even an older or edited one, is replaced without --force")
    func replacesOwnHook() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        let current = try sandbox.read(".git/hooks/pre-commit")
        try sandbox.write(".git/hooks/pre-commit", current.replacingOccurrences(of: SteadyBinary.path, with: "/old/place/steady"))
        let output = try await sandbox.steady(["install-hook"])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("Installed"))
        #expect(try sandbox.read(".git/hooks/pre-commit") == current)
        #expect(try Self.mode(sandbox.hookPath) == 0o755)
        #expect(!FileManager.default.fileExists(atPath: sandbox.hookPath + ".before-steady"))
    }

    @Test("STEADY_BINARY overrides the recorded path")
    func environmentOverride() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("2026-11-28.md", "temp: purple\n")
        try await sandbox.git(["add", "."])
        let fake = try sandbox.write("fake-steady", "#!/bin/sh\necho \"fake steady $*\" >&2\nexit 0\n")
        #expect(chmod(fake, 0o755) == 0)
        let output = try await sandbox.commit("through the fake", environment: ["STEADY_BINARY": fake])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stderrText.contains("fake steady lint --quiet -- 2026-11-28.md"), "\(output.stderrText)")
    }

    @Test("--print prints the script and writes nothing")
    func printOnly() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let output = try await sandbox.steady(["install-hook", "--print"])
        #expect(output.status == 0)
        #expect(output.stdoutText.hasPrefix("#!/bin/sh\n"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.hookPath))
    }

    @Test("the hook stops a commit with an error, lets a fixed one through, and checks the staged content")
    func hookBlocksAndPasses() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)

        // A daily note: its date comes from the file name, which the hook must keep.
        try sandbox.write("daily/2026-11-28.md", Self.errorJournal)
        try sandbox.write("notes.txt", "temp: purple\n")  // not a journal file: never linted
        try await sandbox.git(["add", "."])
        let blocked = try await sandbox.commit("an entry with an error")
        #expect(blocked.status != 0, "the commit went through: \(blocked.transcript)")
        #expect(blocked.stderrText.contains("daily/2026-11-28.md:2:7: error: "), "\(blocked.stderrText)")
        #expect(blocked.stderrText.contains("[invalid-field-value]"))
        #expect(blocked.stderrText.contains("--no-verify"))
        #expect(!blocked.stderrText.contains("undated-entry"), "the file name's date applies")
        #expect(try await sandbox.git(["rev-parse", "--verify", "-q", "HEAD"]).status != 0, "no commit was made")

        // Fix only the working tree: the staged content still has the error.
        try sandbox.write("daily/2026-11-28.md", Self.goodJournal)
        let stillBlocked = try await sandbox.commit("fixed only in the editor")
        #expect(stillBlocked.status != 0, "the hook linted the working tree, not the staged content")
        #expect(stillBlocked.stderrText.contains("[invalid-field-value]"))

        // Stage the fix: the commit goes through; warnings do not block.
        try sandbox.write("daily/2026-11-28.md", Self.warningJournal)
        try await sandbox.git(["add", "daily/2026-11-28.md"])
        let passed = try await sandbox.commit("fixed")
        #expect(passed.status == 0, "\(passed.transcript)")
        #expect(passed.stderrText.contains("[unsupported-catastrophizing]"), "warnings are shown: \(passed.stderrText)")

        // The reverse: a good staged version and a broken working tree commits fine.
        try sandbox.write("daily/2026-11-29.md", Self.goodJournal)
        try await sandbox.git(["add", "daily/2026-11-29.md"])
        try sandbox.write("daily/2026-11-29.md", Self.errorJournal)
        let stagedGood = try await sandbox.commit("good staged, bad in the editor")
        #expect(stagedGood.status == 0, "\(stagedGood.transcript)")

        // `git commit -a` checks what it commits (the temporary index).
        let all = try await sandbox.git(["commit", "-q", "-a", "-m", "commit -a"])
        #expect(all.status != 0, "commit -a with an error went through")

        // The private staging folder is gone after every run.
        let gitFolder = try FileManager.default.contentsOfDirectory(atPath: sandbox.path + "/.git")
        #expect(!gitFolder.contains { $0.hasPrefix("steady-staged") }, "\(gitFolder)")
    }

    @Test("the hook counts a journal day across files: the committed note before is context, in its staged version")
    func hookDayContext() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("daily/2026-11-04.md", "## 21:00 No reply\nreassurance: asked if we're okay\n")
        try await sandbox.git(["add", "."])
        #expect(try await sandbox.commit("the evening").status == 0)

        // After midnight, a second ask for 2026-11-04 in the next day's note; only that note is staged.
        try sandbox.write("daily/2026-11-05.md", "## 01:30 Still up\nreassurance: texted him again\n")
        // The evening's note edited in the editor but not staged: the hook must use the index's version.
        try sandbox.write("daily/2026-11-04.md", "## 21:00 No reply\nquiet\n")
        try await sandbox.git(["add", "daily/2026-11-05.md"])
        let committed = try await sandbox.commit("after midnight")
        #expect(committed.status == 0, "a finding about the practice does not stop the commit: \(committed.transcript)")
        #expect(committed.stderrText.contains("daily/2026-11-05.md:2:1: to look at: Twice on Wednesday 2026-11-04 (until 04:00 a night still belongs to the day before) you reached out for reassurance"),
                "\(committed.stderrText)")
        #expect(!committed.stderrText.contains("daily/2026-11-04.md"), "only the staged file is reported")
        #expect(committed.stderrText.contains("1 file checked"), "\(committed.stderrText)")
    }

    @Test("several staged files in one run, with spaces, non-ASCII names and both extensions")
    func manyFiles() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("2026-11-26 evening.md", Self.goodJournal)
        try sandbox.write("journal/Årbok 2026-11-27.markdown", "# 2026-11-27\n\ntemp: green\n")
        try sandbox.write("UPPER/2026-11-28.MD", Self.errorJournal)
        try sandbox.write("-dash.md", "# 2026-11-25\n\ntemp: yellow\n")
        try await sandbox.git(["add", "."])
        let blocked = try await sandbox.commit("four files")
        #expect(blocked.status != 0)
        #expect(blocked.stderrText.contains("UPPER/2026-11-28.MD:2:7: error: "), "\(blocked.stderrText)")
        #expect(blocked.stderrText.contains("4 files checked"), "\(blocked.stderrText)")
        try sandbox.write("UPPER/2026-11-28.MD", Self.goodJournal)
        try await sandbox.git(["add", "."])
        let passed = try await sandbox.commit("four files, fixed")
        #expect(passed.status == 0, "\(passed.transcript)")
    }

    @Test("a hard night is never stopped: wellbeing findings, even configured as errors, and an untouched template commit")
    func wellbeingNeverBlocksACommit() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write(".steady.yml", "fail-on: note\nrules:\n  unsupported-catastrophizing: error\n  excessive-reassurance: error\n  crisis-language: error\n")
        try sandbox.write("2026-11-28.md", "## 01:30\nHe's going to leave me. I can't survive this.\nreassurance: asked\nreassurance: asked again\n"
            + "\n## 02:10\ntemp:\n\nevidence:\n- for:\n- against:\n")
        try await sandbox.git(["add", "."])
        let night = try await sandbox.commit("a hard night")
        #expect(night.status == 0, "\(night.transcript)")
        #expect(night.stderrText.contains("to look at: "), "the findings are still shown: \(night.stderrText)")
    }

    @Test("a commit without journal files does not run steady")
    func noJournalFiles() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("notes.txt", "temp: purple\n")
        try await sandbox.git(["add", "."])
        let output = try await sandbox.commit("text only")
        #expect(output.status == 0, "\(output.transcript)")
        #expect(!output.stderrText.contains("checked"))
    }

    @Test("refuses to replace a hook Steady did not write; --force replaces it and keeps the old one")
    func foreignHook() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let foreign = "#!/bin/sh\necho 'my own checks'\nexit 0\n"
        try sandbox.write(".git/hooks/pre-commit", foreign)
        #expect(chmod(sandbox.hookPath, 0o755) == 0)

        let refused = try await sandbox.steady(["install-hook"])
        #expect(refused.status == 2, "\(refused.transcript)")
        #expect(refused.stderrText.contains(".git/hooks/pre-commit"))
        #expect(refused.stderrText.contains("--force"))
        #expect(try sandbox.read(".git/hooks/pre-commit") == foreign, "the foreign hook is untouched")

        let forced = try await sandbox.steady(["install-hook", "--force"])
        #expect(forced.status == 0, "\(forced.transcript)")
        #expect(try sandbox.read(".git/hooks/pre-commit").contains("steady-managed-hook"))
        #expect(try sandbox.read(".git/hooks/pre-commit.before-steady") == foreign)
        #expect(forced.stdoutText.contains("pre-commit.before-steady"))
        #expect(try Self.mode(sandbox.hookPath) == 0o755)
    }

    @Test("the pre-commit framework's hook is recognised and pointed to .pre-commit-hooks.yaml")
    func preCommitFrameworkHook() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        try sandbox.write(".git/hooks/pre-commit", "#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n")
        let refused = try await sandbox.steady(["install-hook"])
        #expect(refused.status == 2)
        #expect(refused.stderrText.contains(".pre-commit-config.yaml"), "\(refused.stderrText)")
    }

    @Test("a symbolic link at the hook's path is someone else's: refused, and --force moves the link aside")
    func symlinkHook() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let target = try sandbox.write("tools/hook.sh", "#!/bin/sh\nexit 0\n")
        try FileManager.default.createSymbolicLink(atPath: sandbox.hookPath, withDestinationPath: target)
        #expect(try await sandbox.steady(["install-hook"]).status == 2)
        #expect(try await sandbox.steady(["install-hook", "--force"]).status == 0)
        #expect(try sandbox.read("tools/hook.sh") == "#!/bin/sh\nexit 0\n", "the link's target is never written")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.hookPath + ".before-steady") == target)
    }

    @Test("from a subfolder, a linked worktree and with core.hooksPath, the hook goes where git looks")
    func hookLocations() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        try sandbox.write("daily/README.txt", "x\n")
        try await sandbox.git(["add", "."])
        #expect(try await sandbox.commit("first").status == 0)

        let fromSubfolder = try await sandbox.steady(["install-hook"], in: sandbox.path + "/daily")
        #expect(fromSubfolder.status == 0, "\(fromSubfolder.transcript)")
        #expect(FileManager.default.fileExists(atPath: sandbox.hookPath))

        // A linked worktree shares the main repository's hooks.
        try FileManager.default.removeItem(atPath: sandbox.hookPath)
        let worktree = sandbox.root.path + "/worktree"
        #expect(try await sandbox.git(["worktree", "add", "-q", worktree]).status == 0)
        #expect(try await sandbox.steady(["install-hook"], in: worktree).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.hookPath))
        try "## 09:00\ntemp: purple\n".write(toFile: worktree + "/2026-11-28.md", atomically: true, encoding: .utf8)
        #expect(try await sandbox.git(["add", "."], in: worktree).status == 0)
        let blocked = try await sandbox.git(["commit", "-q", "-m", "x"], in: worktree)
        #expect(blocked.status != 0, "the hook runs in the worktree: \(blocked.transcript)")
        #expect(blocked.stderrText.contains("2026-11-28.md:2:7: error: "), "\(blocked.stderrText)")

        // core.hooksPath (relative, to a folder that does not exist yet).
        try FileManager.default.removeItem(atPath: sandbox.hookPath)
        #expect(try await sandbox.git(["config", "core.hooksPath", "githooks"]).status == 0)
        let custom = try await sandbox.steady(["install-hook"], in: sandbox.path + "/daily")
        #expect(custom.status == 0, "\(custom.transcript)")
        #expect(FileManager.default.fileExists(atPath: sandbox.path + "/githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.hookPath))
        #expect(custom.stdoutText.contains("core.hooksPath"))
    }

    @Test("the hook uses the recorded binary, then steady on PATH, and stops the commit when neither exists")
    func findsSteady() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        let bin = sandbox.root.path + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/steady", withDestinationPath: SteadyBinary.path)
        let installed = try await sandbox.steady(["install-hook"], executable: bin + "/steady")
        #expect(installed.status == 0, "\(installed.transcript)")
        #expect(try sandbox.read(".git/hooks/pre-commit").contains(bin + "/steady"), "the path as invoked, links kept")

        try sandbox.write("2026-11-28.md", Self.errorJournal)
        try await sandbox.git(["add", "."])
        #expect(try await sandbox.commit("recorded binary").status != 0)

        try FileManager.default.removeItem(atPath: bin + "/steady")
        let onPath = sandbox.root.path + "/path-bin"
        try FileManager.default.createDirectory(atPath: onPath, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: onPath + "/steady", withDestinationPath: SteadyBinary.path)
        let viaPath = try await sandbox.commit("steady on PATH", environment: ["PATH": onPath + ":" + GitSandbox.searchPath])
        #expect(viaPath.status != 0)
        #expect(viaPath.stderrText.contains("[invalid-field-value]"), "\(viaPath.transcript)")

        let steadyOnSearchPath = GitSandbox.searchPath.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/steady")
        }
        if !steadyOnSearchPath {
            let missing = try await sandbox.commit("no steady anywhere")
            #expect(missing.status != 0, "a missing steady must not let the commit through silently")
            #expect(missing.stderrText.contains("steady is neither at"), "\(missing.transcript)")
        }
    }
}
