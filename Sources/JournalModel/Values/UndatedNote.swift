import MarkdownSyntax

/// Text before any date that holds no entry: no field and no time heading (a line under
/// `# November 2026`, a note at the top of a monthly file). Kept with its prose so that the
/// linter can tell a passing note from a worst-case thought that needs a date.
public struct UndatedNote: Sendable, Hashable {
    public let range: SourceRange
    public let prose: [ProseSpan]
    public let quotedProse: [ProseSpan]

    public init(range: SourceRange, prose: [ProseSpan], quotedProse: [ProseSpan] = []) {
        self.range = range
        self.prose = prose
        self.quotedProse = quotedProse
    }
}
