@testable import JournalModel
import MarkdownSyntax
import Testing

/// The check for `steady: review` in front matter, on the UTF-8 view, gives the answer of a
/// line-level one (split where cmark ends lines: `\n`, `\r\n`, lone `\r`; trim spaces and tabs;
/// compare strings), line endings included.
@Suite struct SavedReviewMarkerTests {
    static let frontMatters = [
        "steady: review", "  steady: review\t", "title: x\nsteady: review", "steady: review\nperiod: p",
        "title: x\r\nsteady: review", "steady: review\r\nperiod: p", "title: x\r\nsteady: review\r\n",
        "\nsteady: review\n", "steady: review\u{301}", "steady:  review", "Steady: review", "steady: reviews",
        "title: steady: review", "\r\nsteady: review", "a\n\r\nsteady: review\n", "x\r\r\nsteady: review", "",
        "x\r \nsteady: review", "x\r\t\n  steady: review", "\r\n\r\nsteady: review\r", "steady: review \r\n",
    ]

    @Test(arguments: frontMatters)
    func matchesTheCharacterLevelCheck(_ body: String) throws {
        let document = MarkdownParser.parse("---\n" + body + "\n---\n\ntext\n")
        let frontMatter = try #require(document.frontMatter)
        let lines = frontMatter.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        let reference = lines.contains { $0.trimmingSpaces() == "steady: review" }
        #expect(JournalBuilder.isSavedReview(document) == reference)
    }

    /// A review saved with CRLF or CR-only line endings is still a saved review (lines end as cmark ends them).
    @Test func reviewSavedWithCRLFOrCROnlyIsRecognised() {
        #expect(JournalBuilder.isSavedReview(MarkdownParser.parse("---\nsteady: review\n---\n")))
        #expect(JournalBuilder.isSavedReview(MarkdownParser.parse("---\ntitle: x\r\nsteady: review\n---\n")))
        #expect(JournalBuilder.isSavedReview(MarkdownParser.parse("---\r\ntitle: x\r\nsteady: review\r\n---\r\n")))
        #expect(JournalBuilder.isSavedReview(MarkdownParser.parse("---\rtitle: x\rsteady: review\r---\r\rtext\r")))
    }
}
