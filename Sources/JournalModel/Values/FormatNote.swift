import MarkdownSyntax

/// A slip of the format that Steady read as the writer plausibly meant it (`temp green` as
/// `temp: green`), with the syntax that says the same thing in the format's own way.
///
/// The replacement changes syntax only (a key and its separator), never the writer's words:
/// `steady lint` shows it as a gentle `format-note` and `--fix` writes it.
public struct FormatNote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A field key without its colon, with a doubled colon, `-` or `=` instead of a colon,
        /// or a plural or near-synonym of a key (`triggers:`).
        case fieldKey = "field-key"
        /// `for:` / `against:` items with no `evidence:` line above them, read as the section
        /// the writer meant. The replacement is a line to insert above `range`'s line (with the
        /// same indentation or quote marks), not an edit in it; `range` is empty. Right under a
        /// quote or another list it is two lines (`\n` between): a blank line, then `evidence:`.
        case evidenceLine = "evidence-line"
        /// An evidence item's stance written another way (`- for he was short`, `- against -
        /// he called`, `- pro:`, `- con:`): the replacement is `for: ` or `against: `.
        case evidenceStance = "evidence-stance"
    }

    public let kind: Kind
    /// The key it was read as (`evidence` for an evidence line or stance).
    public let key: FieldKey
    /// The bytes the replacement stands for: the key as written and its separator, on one line.
    public let range: SourceRange
    /// The syntax to write instead (`temp: `).
    public let replacement: String

    public init(kind: Kind, key: FieldKey, range: SourceRange, replacement: String) {
        self.kind = kind
        self.key = key
        self.range = range
        self.replacement = replacement
    }
}
