import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct CommentTests {
    @Test func blockAndInlineCommentsWithExactRanges() throws {
        let journal = build("""
        <!-- steady-disable one-sided-evidence -->
        # 2026-11-28

        He's late <!-- steady-disable-line catastrophizing --> again.

        <!--
          multi-line
        -->
        ## 10:00 Title <!-- in heading -->
        > quoted <!-- in quote -->
        - item <!--in list-->
        """ + "\n")
        #expect(journal.comments.map(\.text) == [
            "steady-disable one-sided-evidence", "steady-disable-line catastrophizing", "multi-line", "in heading", "in quote", "in list",
        ])
        #expect(journal.comments.map(\.range) == [
            range(1, 1, 1, 43),
            range(4, 11, 4, 55),
            range(6, 1, 8, 4),
            range(9, 16, 9, 35),
            range(10, 10, 10, 27),
            range(11, 8, 11, 22),
        ])
        for comment in journal.comments {
            let text = slice(comment.range, of: journal)
            #expect(text.hasPrefix("<!--") && text.hasSuffix("-->"))
        }
    }

    @Test func twoCommentsInOneBlock() {
        let journal = build("<!-- a --><!-- b -->\n")
        #expect(journal.comments.map(\.text) == ["a", "b"])
        #expect(journal.comments.map(\.range) == [SourceRange(line: 1, column: 1, length: 10), SourceRange(line: 1, column: 11, length: 10)])
    }

    @Test func commentsAfterMultiByteText() {
        let journal = build("# 2026-11-28\n\n🙂 café <!-- x -->\n")
        #expect(journal.comments.map(\.range) == [SourceRange(line: 3, column: 12, length: 10)])
    }

    @Test func commentsInCodeAreNotComments() {
        let journal = build("# 2026-11-28\n\n`<!-- code -->`\n\n```\n<!-- fenced -->\n```\n")
        #expect(journal.comments.isEmpty)
    }

    @Test func unclosedCommentIsNotCollected() {
        #expect(build("<!-- never closed\n\ntext\n").comments.isEmpty)
    }

    @Test func commentTextIsNotProse() throws {
        let entry = try entry("He left <!-- he's going to leave me --> early.\n")
        #expect(entry.bodyProse.map(\.text) == ["He left  early."])
    }
}
