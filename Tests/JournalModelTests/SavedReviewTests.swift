import JournalModel
import Testing

/// Reviews written by `steady summary --format markdown` are saved among notes; they must not be
/// read back as (undated) journal text.
@Suite struct SavedReviewTests {
    @Test func aReviewWithItsFrontMatterIsNotJournalContent() {
        let review = "---\nsteady: review\nperiod: 2026-11-22/2026-11-28\n---\n\n# Review: 2026-11-22 – 2026-11-28\n\nHe's going to leave me.\n"
        let journal = JournalBuilder.build(bytes: Array(review.utf8), path: "reviews/2026-W48.md")
        #expect(journal.entries.isEmpty)
        #expect(journal.problems.isEmpty)
    }

    @Test func otherFrontMatterLeavesTheFileAJournal() {
        let note = "---\ntitle: steady: review\n---\n\nSome undated words.\n"
        let journal = JournalBuilder.build(bytes: Array(note.utf8), path: "notes.md")
        #expect(journal.problems.map(\.kind) == [.undatedNote])
    }
}
