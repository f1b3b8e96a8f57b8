/// The text format's source line under a finding (` 29 | He's going to leave me.`), made so that
/// no editor takes it for a location.
///
/// Vim's `errorformat` (`%f:%l:%c: %m`, and its default's `%f(%l):%m`, `%f|%l| %m` and
/// `"%f", line %l`) reads a file name as "any characters up to the first `:` that digits follow",
/// whatever indent or gutter comes first, and Emacs `compile-mode` is as generous: the journal
/// line `Phone log 03:12:45: he is going` became a location in a file called ` 29 | Phone log 03`,
/// line 12. No prefix can stop that. What every such pattern needs is a digit right next to a
/// `:` (`12:45`, `: 9:`), or right after a `(` or `|`, or a `"` right before `,`; so there a
/// zero-width non-joiner (U+200C) is put between the two. It takes no room on a terminal and
/// joins the character it follows (the caret still lines up); the line shows the writer's words
/// unchanged, and no parser finds a location in it. `Tests/SteadyCLITests/EditorParsingTests`
/// checks that with Vim, Neovim and Emacs themselves.
///
/// Kept apart from the rest of the layout so the two can change separately.
enum ExcerptLine {
    /// What goes between a separator and the digit after it.
    static let separatorBreak: Unicode.Scalar = "\u{200C}"

    /// The excerpt of `text` (already made visible and tab-expanded), for line number `line`.
    static func render(line: Int, text: String) -> String {
        " \(line) | \(breakingLocationShapes(text))"
    }

    /// The empty gutter of the caret line under an excerpt of line `line`.
    static func gutter(line: Int) -> String {
        " \(String(repeating: " ", count: String(line).count)) | "
    }

    /// `text` with `separatorBreak` between each two neighbours that could make a location.
    static func breakingLocationShapes(_ text: String) -> String {
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in defer { previous = byte }; return needsBreak(previous, byte) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = "\0"
        for scalar in text.unicodeScalars {
            if scalar.isASCII, last.isASCII, needsBreak(UInt8(last.value), UInt8(scalar.value)) { out.append(separatorBreak) }
            out.append(scalar)
            last = scalar
        }
        return String(out)
    }

    /// Whether `first` then `second` is part of a location's shape: `:5`, `5:`, `(5`, `|5` or `",`.
    private static func needsBreak(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: ":"), UInt8(ascii: "0")...UInt8(ascii: "9")),
             (UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ":")),
             (UInt8(ascii: "("), UInt8(ascii: "0")...UInt8(ascii: "9")),
             (UInt8(ascii: "|"), UInt8(ascii: "0")...UInt8(ascii: "9")),
             (UInt8(ascii: "\""), UInt8(ascii: ",")):
            true
        default:
            false
        }
    }
}
