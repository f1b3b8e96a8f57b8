import Testing
@testable import JournalModel
import MarkdownSyntax

/// An Obsidian daily note as the app writes one: front matter tags, a title heading above the
/// time headings, heading links and embeds, a callout, tasks, a comment, nested tags.
@Suite struct ObsidianDailyNoteTests {
    static let note = """
    ---
    tags: [anxious, "#daily/thursday", 1984]
    aliases: [Thursday]
    ---
    # Thursday #tired

    %% private: not for the summary #secret %%

    ## 08:15
    Slept badly. See [[#Evening plans]] and ![[#Summary]] and [[2026-11-25#Night]]. #work/standup #2026goals #1984

    > [!note] From therapy
    > breathe first

    - [ ] call mom
    - [x] walk

    %%
    a longer comment
    temp: red
    %%

    ## 19:30 Evening plans
    temp: yellow-ish
    urge: check his location (resisted, put the phone in the drawer)

    ## Summary
    okay day
    """

    @Test func hasExactlyItsTimeEntries() {
        let journal = build(Self.note + "\n", path: "vault/daily/2026-11-26.md")
        #expect(journal.entries.map { $0.time?.description } == ["08:15", "19:30"])
        #expect(journal.entries.allSatisfy { $0.date == date("2026-11-26") })
        #expect(journal.problems.isEmpty)
    }

    @Test func headingLinksAreNotTagsAndDayTagsReachEveryEntry() {
        let journal = build(Self.note + "\n", path: "vault/daily/2026-11-26.md")
        // Front matter (quoted, with `#`; `1984` is only digits) and the title heading are the day's.
        let dayTags = ["anxious", "daily/thursday", "tired"]
        #expect(journal.entries.map(\.tagNames) == [dayTags + ["work/standup", "2026goals"], dayTags])
    }

    @Test func commentsAreNotRead() {
        let journal = build(Self.note + "\n", path: "vault/daily/2026-11-26.md")
        let words = journal.entries.flatMap(\.prose).map(\.text).joined(separator: " ")
        #expect(!words.contains("private"))
        #expect(!words.contains("longer comment"))
        // The `temp: red` inside the comment is not a reading.
        #expect(journal.entries.flatMap(\.temperatures).map(\.value) == [.yellow])
        #expect(journal.entries.last?.urges.map(\.outcome) == [.resisted])
    }
}
