import Foundation
import Testing

/// What the pre-commit hook checks: renamed files too, and exactly the configuration being committed
/// (both file names, staged versions only). Real repositories, real `git commit`s through the hook.
@Suite("install-hook: renames and the staged configuration", .enabled(if: GitSandbox.gitPath != nil, "git is not on PATH"))
struct InstallHookStagedScopeTests {
    static let goodJournal = InstallHookTests.goodJournal
    static let warningJournal = InstallHookTests.warningJournal

    /// A repository with the hook installed and one good daily note committed.
    func sandboxWithCommittedNote() async throws -> GitSandbox {
        let sandbox = try await GitSandbox()
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("daily/2026-11-28.md", Self.goodJournal)
        try await sandbox.git(["add", "."])
        let first = try await sandbox.commit("a good note")
        try #require(first.status == 0, "\(first.transcript)")
        return sandbox
    }

    func stagedStatus(_ sandbox: GitSandbox) async throws -> String {
        try await sandbox.git(["diff", "--cached", "--name-status"]).stdoutText
    }

    @Test("a renamed journal with a new error is linted and stops the commit")
    func renamedFileIsLinted() async throws {
        let sandbox = try await sandboxWithCommittedNote()
        defer { sandbox.remove() }
        try await sandbox.git(["mv", "daily/2026-11-28.md", "daily/2026-11-29.md"])
        try sandbox.write("daily/2026-11-29.md", Self.goodJournal.replacingOccurrences(of: "temp: red", with: "temp: purple"))
        try await sandbox.git(["add", "daily/2026-11-29.md"])
        #expect(try await stagedStatus(sandbox).hasPrefix("R"), "git sees a rename, so the test exercises it")
        let blocked = try await sandbox.commit("rename and break")
        #expect(blocked.status != 0, "the renamed file was not linted: \(blocked.transcript)")
        #expect(blocked.stderrText.contains("daily/2026-11-29.md:2:7: error: "), "\(blocked.stderrText)")
    }

    @Test("renaming a daily note to a name without a date reports its entries as undated")
    func renameLosingTheDateIsReported() async throws {
        let sandbox = try await sandboxWithCommittedNote()
        defer { sandbox.remove() }
        try await sandbox.git(["mv", "daily/2026-11-28.md", "daily/morning.md"])
        #expect(try await stagedStatus(sandbox).hasPrefix("R"))
        let blocked = try await sandbox.commit("rename to an undated name")
        #expect(blocked.status != 0, "\(blocked.transcript)")
        #expect(blocked.stderrText.contains("daily/morning.md:1:1: error: "), "\(blocked.stderrText)")
        #expect(blocked.stderrText.contains("[undated-entry]"), "\(blocked.stderrText)")
        #expect(blocked.stderrText.contains("daily/morning.md was renamed from daily/2026-11-28.md"), "\(blocked.stderrText)")
        #expect(blocked.stderrText.contains("# 2026-11-28\n"), "the suggested heading has no extension: \(blocked.stderrText)")
    }

    @Test("a staged .steady.yaml is the one used, not the work tree's unstaged edit of it")
    func stagedYAMLSpellingIsUsed() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write(".steady.yaml", "fail-on: warning\n")
        // A format warning (a mistyped field): findings about the practice never block.
        try sandbox.write("daily/2026-11-28.md", "## 21:40\ntemp: red\nevidnce:\n- for: he was short\n")
        try await sandbox.git(["add", "."])
        // Loosened in the editor only: what is committed still says fail-on: warning.
        try sandbox.write(".steady.yaml", "fail-on: error\n")
        let blocked = try await sandbox.commit("a warning under a strict staged configuration")
        #expect(blocked.status != 0, "the work tree's .steady.yaml was used: \(blocked.transcript)")
        #expect(blocked.stderrText.contains("[unknown-field]"), "\(blocked.stderrText)")
    }

    @Test("an untracked .steady.yml in the work tree does not apply to the staged journals")
    func untrackedConfigurationIsIgnored() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("daily/2026-11-28.md", InstallHookTests.errorJournal)
        try await sandbox.git(["add", "daily"])
        try sandbox.write(".steady.yml", "rules:\n  invalid-field-value: off\n")  // never staged
        try sandbox.write("daily/.steady.yml", "rules:\n  invalid-field-value: off\n")  // nor this
        let blocked = try await sandbox.commit("an error, with an untracked configuration that hides it")
        #expect(blocked.status != 0, "an uncommitted configuration applied: \(blocked.transcript)")
        #expect(blocked.stderrText.contains("[invalid-field-value]"), "\(blocked.stderrText)")
    }

    @Test("a staged nested .steady.yml applies to the journals beside it")
    func stagedNestedConfigurationApplies() async throws {
        let sandbox = try await GitSandbox()
        defer { sandbox.remove() }
        #expect(try await sandbox.steady(["install-hook"]).status == 0)
        try sandbox.write("daily/2026-11-28.md", InstallHookTests.errorJournal)
        try sandbox.write("daily/.steady.yml", "rules:\n  invalid-field-value: off\n")
        try await sandbox.git(["add", "."])
        let passed = try await sandbox.commit("an error the committed configuration turns off")
        #expect(passed.status == 0, "\(passed.transcript)")
    }
}
