import ArgumentParser
import Foundation
import JournalFiles

extension Steady {
    /// `steady install-hook`: a plain git pre-commit hook that lints what is about to be committed.
    struct InstallHook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install-hook",
            abstract: "Install a git pre-commit hook that lints the staged journal files before each commit.",
            discussion: """
            Writes a shell script to the pre-commit hook of the git repository containing the current \
            folder (found with `git rev-parse --git-path hooks`, so worktrees and core.hooksPath work). \
            Before each commit the hook lints the staged content of the *.md and *.markdown files \
            the commit adds, copies, modifies or renames (what will be committed, not what is in \
            your editor), under their own paths so daily-note dates from file names still apply, \
            with the staged .steady.yml and .steady.yaml files only (never an uncommitted one), and stops the commit when `steady lint` \
            exits non-zero: a finding at the configured fail-on level (errors by default), or a file \
            it cannot read. It finds steady at the path of the binary that installed it, else on PATH \
            (set STEADY_BINARY to use another). Nothing leaves your machine; the staged copies live in a \
            private folder inside .git for the length of the check and are removed after it.

            Skip the check once with `git commit --no-verify`. Remove the hook by deleting the file \
            this command names. Running it again updates Steady's own hook; a hook that Steady did not \
            write is left alone unless you pass --force (it is then kept as pre-commit.before-steady).

            Using the pre-commit framework instead? Add the steady-lint hook from this package's \
            .pre-commit-hooks.yaml to your .pre-commit-config.yaml (see docs/pre-commit.md).

            Exit status: 0 when the hook was written, 2 when it was not (not in a git repository, \
            a hook Steady did not write is in the way, or the file could not be written).
            """
        )

        @Flag(name: .long, help: "Replace an existing pre-commit hook that Steady did not write (the old one is kept as pre-commit.before-steady).")
        var force = false

        @Flag(name: .customLong("print"), help: "Print the hook script instead of installing it (for hook managers, or to read it first).")
        var printScript = false

        func run() throws {
            let steadyPath = SelfExecutable.path()
            let script = PreCommitHookScript.render(steadyPath: steadyPath, version: Steady.configuration.version)
            if printScript {
                Terminal.write(script)
                return
            }
            let repository = try GitRepository.containingCurrentFolder()
            let hookPath = LexicalPath.appending("pre-commit", to: repository.hooksFolder)
            let shownPath = repository.display(hookPath)

            var replaced: String?
            switch ExistingHook.inspect(hookPath) {
            case .none:
                break
            case .steady:
                if ExistingHook.isCurrent(hookPath, script: script) {
                    Terminal.write("Steady's pre-commit hook is already installed and up to date: \(shownPath)\nRemove it: rm \(shellQuoted(shownPath))\n")
                    return
                }
            case .notRegularFile:
                Terminal.error("\(shownPath) exists and is not a file; remove it, then run `steady install-hook` again")
                throw ExitCode(2)
            case .unreadable(let reason):
                Terminal.error("cannot read the existing hook \(shownPath): \(reason); nothing was changed")
                throw ExitCode(2)
            case .foreign(let isPreCommitFramework):
                guard force else {
                    var message = "\(shownPath) already exists and was not written by Steady; it was left unchanged. "
                    if isPreCommitFramework {
                        message += "It is the pre-commit framework's hook: add the steady-lint hook to .pre-commit-config.yaml instead (see docs/pre-commit.md), or run "
                    } else {
                        message += "To replace it (the old hook is kept as pre-commit.before-steady), run "
                    }
                    message += "`steady install-hook --force`"
                    Terminal.error(message)
                    throw ExitCode(2)
                }
                replaced = try ExistingHook.moveAside(hookPath)
            }

            try FolderMaker.makeFolders(repository.hooksFolder, shownAs: repository.display(repository.hooksFolder))
            do {
                try AtomicFileWriter().write(Array(script.utf8), to: hookPath, overwrite: .replaceExisting)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
            if chmod(hookPath, 0o755) != 0 {
                Terminal.error("wrote \(shownPath) but could not make it executable (\(String(cString: strerror(errno)))); run `chmod +x \(shownPath)`")
                throw ExitCode(2)
            }

            var out = "Installed Steady's pre-commit hook: \(shownPath)\n"
            if let replaced { out += "The previous hook, which Steady did not write, was moved to \(repository.display(replaced)).\n" }
            out += """
            Before each commit it lints the staged *.md and *.markdown files with
              \(steadyPath)   (or `steady` on PATH if that file is gone)
            and stops the commit when lint exits non-zero (see --fail-on in `steady lint --help`).
            Skip it once: git commit --no-verify
            Remove it:    rm \(shellQuoted(shownPath))

            """
            if let hooksPathSetting = repository.hooksPathSetting {
                out += "Note: core.hooksPath is set to \(hooksPathSetting), so the hook was written there.\n"
            }
            Terminal.write(out)
        }
    }
}

/// The pre-commit hook script. POSIX `sh`, no bash features, so it runs wherever git does.
enum PreCommitHookScript {
    /// The line that marks a hook as Steady's own (safe to replace without `--force`).
    static let marker = "# steady-managed-hook: written by `steady install-hook`"

    static func render(steadyPath: String, version: String) -> String {
        """
        #!/bin/sh
        \(marker) (steady \(version)).
        # Lints the staged content of the staged journal files (*.md, *.markdown) and stops the
        # commit when `steady lint` exits non-zero. Skip once: git commit --no-verify.
        # Update: run `steady install-hook` again. Remove: delete this file.

        steady_installed=\(shellQuoted(steadyPath))

        if [ -n "${STEADY_BINARY:-}" ]; then
          steady=$STEADY_BINARY
        elif [ -x "$steady_installed" ]; then
          steady=$steady_installed
        elif command -v steady >/dev/null 2>&1; then
          steady=$(command -v steady)
        else
          echo "steady pre-commit hook: steady is neither at $steady_installed nor on PATH; install it, or skip this check with git commit --no-verify" >&2
          exit 1
        fi

        # Git runs hooks at the top of the work tree; make sure of it for the paths below.
        top=$(git rev-parse --show-toplevel) || exit 1
        cd "$top" || exit 1

        # Journal files added, copied, modified or renamed in the index (GIT_INDEX_FILE is honoured,
        # so `git commit -a` and `git commit PATH` check exactly what they commit). --name-only
        # gives a rename's new path only, NUL-terminated with -z: a daily note renamed to a name
        # without a date is linted under that name, so its entries are reported as undated.
        set -- ':(icase)*.md' ':(icase)*.markdown'
        if [ -z "$(git diff --cached --name-only --diff-filter=ACMR -- "$@")" ]; then
          exit 0
        fi

        # Export the staged blobs under their own paths into a private folder inside .git (journal
        # text never goes to /tmp), with the staged .steady.yml and .steady.yaml files, and lint
        # them in one run there so findings show the repository's paths. The index's versions of
        # the date-named journal files (daily notes, monthly files) go with them: they are the
        # context of a journal day that spans files (a 01:30 ask counts for the evening before),
        # and steady reads only the few beside each linted file. The folder is removed however
        # the hook ends.
        git_dir=$(git rev-parse --absolute-git-dir) || exit 1
        staged=$(umask 077 && mktemp -d "$git_dir/steady-staged.XXXXXX") || exit 1
        trap 'rm -rf "$staged"' EXIT
        trap 'exit 130' HUP INT
        trap 'exit 143' TERM

        { git diff --cached --name-only --diff-filter=ACMR -z -- "$@" &&
          git ls-files -z -- ':(glob,icase)**/[0-9][0-9][0-9][0-9]-[0-9][0-9]*.md' ':(glob,icase)**/[0-9][0-9][0-9][0-9]-[0-9][0-9]*.markdown'
        } | git checkout-index -f -z --stdin --prefix="$staged/" || exit 1
        git ls-files -z -- ':(glob).steady.yml' ':(glob)**/.steady.yml' ':(glob).steady.yaml' ':(glob)**/.steady.yaml' |
          git checkout-index -z --stdin --prefix="$staged/" || exit 1
        # Steady looks for the nearest configuration upward from each file; without one at the top
        # of the staged copy it would climb out of it into the work tree and use an uncommitted
        # file. An empty one there means the defaults, which is what is being committed.
        if [ ! -e "$staged/.steady.yml" ] && [ ! -e "$staged/.steady.yaml" ]; then
          echo "# No configuration is staged at the top of the repository: Steady's defaults." >"$staged/.steady.yml" || exit 1
        fi

        git diff --cached --name-only --diff-filter=ACMR -z -- "$@" |
          (cd "$staged" && xargs -0 "$steady" lint --quiet --)
        status=$?
        if [ "$status" -ne 0 ]; then
          # A daily note renamed to a name without a date: its entries' undated-entry errors above
          # follow from the rename, so say so. (git quotes unusual names in this listing.)
          tab=$(printf '\\t')
          git diff --cached --name-status --diff-filter=R -- "$@" |
            while IFS="$tab" read -r _ old new; do
              case "${old##*/}" in
                [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*)
                  case "${new##*/}" in
                    [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*) ;;
                    *) dated=${old##*/}
                       echo "steady: $new was renamed from $old, so its entries no longer take their date from the file name; keep the date in the name, or add a dated heading such as # ${dated%.*}" >&2 ;;
                  esac ;;
              esac
            done
          # xargs reports any failure of steady as 123; steady's own message above says which.
          echo "steady: commit stopped by the check above. Fix the staged files and git add them, or skip this check once with git commit --no-verify." >&2
          exit 1
        fi
        exit 0

        """
    }
}

/// `'text'` for `sh`, with embedded single quotes closed, escaped and reopened.
func shellQuoted(_ text: String) -> String {
    if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+:@,".contains($0)) }) {
        return text
    }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// The repository the current folder belongs to, as git sees it.
struct GitRepository {
    /// Where git looks for hooks, absolute.
    let hooksFolder: String
    /// The folder paths are shown relative to.
    let currentFolder: String
    /// `core.hooksPath`, when set.
    let hooksPathSetting: String?

    static func containingCurrentFolder() throws -> GitRepository {
        let currentFolder = currentWorkingDirectory()
        let probe: Git.Result
        do {
            probe = try Git.run(["rev-parse", "--is-bare-repository", "--git-path", "hooks"])
        } catch {
            Terminal.error("cannot run git (\(error)); install git, or put it on PATH")
            throw ExitCode(2)
        }
        if probe.status == 127 {
            Terminal.error("git was not found on PATH; install git, or run this where it is available")
            throw ExitCode(2)
        }
        guard probe.status == 0 else {
            let reason = probe.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            Terminal.error("\(currentFolder) is not inside a git repository\(reason.isEmpty ? "" : " (git: \(reason))"); run this from your journal's repository, or `git init` it first")
            throw ExitCode(2)
        }
        let lines = probe.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, !lines[1].isEmpty else {
            Terminal.error("git did not say where its hooks are (`git rev-parse --git-path hooks` printed \(probe.output.debugDescription))")
            throw ExitCode(2)
        }
        if lines[0] == "true" {
            Terminal.error("\(currentFolder) is a bare git repository, where no commits are made; run this in a clone with a work tree")
            throw ExitCode(2)
        }
        let setting = (try? Git.run(["config", "--get", "core.hooksPath"])).flatMap { result in
            result.status == 0 ? result.output.trimmingCharacters(in: .newlines) : nil
        }
        return GitRepository(
            hooksFolder: LexicalPath.absolute(lines[1], relativeTo: currentFolder),
            currentFolder: currentFolder,
            hooksPathSetting: setting.flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// A path relative to the current folder when it is below it, else absolute.
    func display(_ path: String) -> String {
        if let relative = LexicalPath.relative(path, to: currentFolder), !relative.hasPrefix("..") { return relative }
        return path
    }
}

/// Runs git and collects what it prints.
enum Git {
    struct Result {
        let status: Int32
        let output: String
        let errorOutput: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let result = try ChildProcess.run("git", arguments)
        return Result(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                      errorOutput: String(decoding: result.errorOutput, as: UTF8.self))
    }
}

/// What is at the hook's path now.
enum ExistingHook {
    case none
    case steady
    case foreign(isPreCommitFramework: Bool)
    case notRegularFile
    case unreadable(String)

    static func inspect(_ path: String) -> ExistingHook {
        var status = stat()
        if lstat(path, &status) != 0 {
            return errno == ENOENT ? .none : .unreadable(String(cString: strerror(errno)))
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFLNK {
            // Steady writes regular files only, so a link is someone else's arrangement.
            return .foreign(isPreCommitFramework: false)
        }
        guard kind == S_IFREG else { return .notRegularFile }
        guard let bytes = contents(of: path) else {
            return .unreadable("permission denied or not readable")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains(PreCommitHookScript.marker) { return .steady }
        return .foreign(isPreCommitFramework: text.contains("File generated by pre-commit"))
    }

    /// Whether the hook at `path` is exactly `script` and executable (nothing to do).
    static func isCurrent(_ path: String, script: String) -> Bool {
        guard access(path, X_OK) == 0, let bytes = contents(of: path) else { return false }
        return bytes == Array(script.utf8)
    }

    /// A hook's bytes, through Steady's one file reader (a hook may be any script, so no binary check).
    private static func contents(of path: String) -> [UInt8]? {
        var reader = JournalFileReader()
        reader.detectsBinaryFiles = false
        return try? reader.read(.file(path: path)).bytes
    }

    /// Renames a foreign hook to `pre-commit.before-steady` (or `.2`, `.3`, … if taken).
    /// - Returns: the new path.
    static func moveAside(_ path: String) throws -> String {
        var candidate = path + ".before-steady"
        var number = 1
        var status = stat()
        while lstat(candidate, &status) == 0 {
            number += 1
            candidate = path + ".before-steady.\(number)"
        }
        guard rename(path, candidate) == 0 else {
            Terminal.error("cannot move the existing hook \(path) aside: \(String(cString: strerror(errno))); nothing was changed")
            throw ExitCode(2)
        }
        return candidate
    }
}

/// `mkdir -p` for the hooks folder (missing when core.hooksPath names a new folder).
enum FolderMaker {
    static func makeFolders(_ path: String, shownAs shown: String) throws {
        do throws(JournalFileError) {
            try FolderCreation.makeFolders(path)
        } catch {
            let reason = if case .writeFailed(_, let reason) = error { reason } else { "\(error)" }
            Terminal.error("cannot create the hooks folder \(shown): \(reason)")
            throw ExitCode(2)
        }
    }
}

/// The absolute path of the running `steady`, as the person invoked it (symbolic links kept, so a
/// package manager's stable link survives upgrades), falling back to the kernel's answer.
enum SelfExecutable {
    static func path() -> String {
        let invoked = CommandLine.arguments.first ?? ""
        let currentFolder = currentWorkingDirectory()
        if invoked.contains("/") {
            let absolute = LexicalPath.absolute(invoked, relativeTo: currentFolder)
            if access(absolute, X_OK) == 0 { return absolute }
        } else if !invoked.isEmpty {
            for folder in (System.environment("PATH") ?? "").split(separator: ":", omittingEmptySubsequences: false) {
                let base = folder.isEmpty ? currentFolder : LexicalPath.absolute(String(folder), relativeTo: currentFolder)
                let candidate = LexicalPath.appending(invoked, to: base)
                if access(candidate, X_OK) == 0 { return candidate }
            }
        }
        return Bundle.main.executablePath ?? "steady"
    }
}
