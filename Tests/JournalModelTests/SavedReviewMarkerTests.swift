@testable import JournalModel
import MarkdownSyntax
import Testing

/// The check for `steady: review` in front matter, on the UTF-8 view, gives the answer the
/// character-level one (split on "\n", trim spaces and tabs, compare strings) gives, line
/// endings included.
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
        let reference = frontMatter.text.split(separator: "\n").contains { $0.trimmingSpaces() == "steady: review" }
        #expect(JournalBuilder.isSavedReview(document) == reference)
    }

    @Test func crlfLinesAreOneCharacterSoNeverSplit() {
        #expect(JournalBuilder.isSavedReview(MarkdownParser.parse("---\nsteady: review\n---\n")))
        #expect(!JournalBuilder.isSavedReview(MarkdownParser.parse("---\ntitle: x\r\nsteady: review\n---\n")))
    }
}
