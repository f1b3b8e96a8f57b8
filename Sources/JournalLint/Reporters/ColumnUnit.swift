/// What a reported column counts from the start of its line (`steady lint --column-unit`).
///
/// Steady's findings carry UTF-8 byte columns, which Vim's `%c` expects. Emacs counts columns in
/// characters (its characters are Unicode scalars: `é` written as `e` and a combining accent is
/// two), so a byte column lands past the place on a line with accents or emoji; `character`
/// reports the count of Unicode scalars instead, as SARIF's `unicodeCodePoints` and LSP's
/// `utf-32` do. Columns stay 1-based either way.
public enum ColumnUnit: String, Sendable, CaseIterable {
    case byte
    case character = "char"
}

/// Converts the byte columns of findings to the unit a report asks for. Keeps the counter of
/// `CodePointColumns` between calls, so the findings of one long line cost one pass over it.
struct ColumnConverter {
    let unit: ColumnUnit
    private var codePoints = CodePointColumns()

    init(_ unit: ColumnUnit) {
        self.unit = unit
    }

    /// The start column of `finding` in `unit`.
    mutating func startColumn(of finding: Finding) -> Int {
        let byteColumn = finding.range.lowerBound.column
        switch unit {
        case .byte: return byteColumn
        case .character:
            return codePoints.column(byteColumn, in: finding.lineText, path: finding.path, line: finding.range.lowerBound.line)
        }
    }
}
