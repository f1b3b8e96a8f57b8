/// How to open a file at a line in the person's editor (`$VISUAL`, else `$EDITOR`).
///
/// The variable may hold arguments (`code --wait`, `emacs -nw`); it is split on spaces, as git
/// does for simple values. Editors known to take a line are given it: `+LINE FILE` for the vi
/// family, nano, emacs, micro, helix and kakoune, `--goto FILE:LINE` for Visual Studio Code and
/// its relatives; any other editor gets the file alone.
public struct EditorCommand: Sendable, Hashable {
    /// The program to run (looked up on `PATH`).
    public let program: String
    /// Its arguments, the file and line included.
    public let arguments: [String]

    /// Editors that take `+LINE` before the file.
    static let plusLineEditors: Set<String> = ["vi", "vim", "nvim", "gvim", "view", "nano", "pico", "emacs", "emacsclient",
                                               "micro", "hx", "helix", "kak", "joe", "ne", "mg", "ed"]
    /// Editors that take `--goto FILE:LINE`.
    static let gotoEditors: Set<String> = ["code", "code-insiders", "codium", "cursor", "windsurf"]

    /// The command for `editor` (the variable's value) opening `path` at `line`; `nil` when
    /// `editor` is empty or blank.
    public init?(editor: String, path: String, line: Int) {
        let words = editor.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let program = words.first else { return nil }
        self.program = program
        let name = program.split(separator: "/").last.map(String.init) ?? program
        // A file named like an option would be read as one: `./-x.md` never is.
        let file = path.hasPrefix("-") ? "./" + path : path
        if Self.gotoEditors.contains(name) {
            arguments = Array(words.dropFirst()) + ["--goto", "\(file):\(line)"]
        } else if Self.plusLineEditors.contains(name) {
            arguments = Array(words.dropFirst()) + ["+\(line)", file]
        } else {
            arguments = Array(words.dropFirst()) + [file]
        }
    }

    /// The editor to use from the environment: `VISUAL`, else `EDITOR`, skipping empty ones.
    public static func editor(environment: (String) -> String?) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment(name), value.contains(where: { $0 != " " && $0 != "\t" }) { return value }
        }
        return nil
    }
}
