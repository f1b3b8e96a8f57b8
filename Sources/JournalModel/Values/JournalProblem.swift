import MarkdownSyntax

/// Something in a journal file that the model could not make sense of. Collected, never thrown,
/// so one bad date does not hide the rest of the file.
public struct JournalProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Journal text with no date above it and no date in the file name, holding an entry
        /// (a field or a time heading).
        case undatedContent = "undated-content"
        /// Text with no date that holds no entry (no field, no time heading): a note.
        case undatedNote = "undated-note"
        /// A date that does not exist, like 2026-02-30.
        case invalidDate = "invalid-date"
        /// A day heading dated another way than `YYYY-MM-DD` (`# 21/11/2026`, `# Nov 23, 2026`):
        /// read as no date; `dates` holds the ISO dates it could mean (reported by `invalid-date`).
        case otherDateForm = "other-date-form"
        /// A time that does not exist, like 25:61.
        case invalidTime = "invalid-time"
        /// A field whose value is not one it takes, like `temp: purple`.
        case invalidFieldValue = "invalid-field-value"
        /// Bytes that are not UTF-8.
        case invalidUTF8 = "invalid-utf8"
        /// A field with nothing after its colon (`temp:` from a template), waiting to be filled:
        /// nothing written is lost, so it is not an invalid value.
        case emptyFieldValue = "empty-field-value"
    }

    public let kind: Kind
    public let message: String
    public let range: SourceRange
    /// For invalid field values: the field's key.
    public let fieldKey: FieldKey?
    /// For a date written another way (`otherDateForm`): the days it could mean, one or two
    /// (`03/04/2026`), none when it names no real day (`31/02/2026`).
    public let dates: [JournalDate]

    public init(kind: Kind, message: String, range: SourceRange, fieldKey: FieldKey? = nil, dates: [JournalDate] = []) {
        self.kind = kind
        self.message = message
        self.range = range
        self.fieldKey = fieldKey
        self.dates = dates
    }
}
