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

    /// `%%aside%%` inside a line is left out as the block form is: its words are no prose (the
    /// detectors never see them), its tags no tags, a field in it no field; the file is not changed.
    @Test func inlineCommentsAreNotRead() throws {
        let text = """
        ## 22:10
        he said he'd call %%he always says that #spiral%% and he did. #relief
        temp: yellow %%red really, temp: red%%
        %%reminder: ask Dr. K%% reframe: one late call is not a pattern
        this aside %%runs on

        temp: red #hidden
        fact: it is hidden too

        and ends%% here. #back

        """
        let bytes = Array(text.utf8)
        let journal = JournalBuilder.build(bytes: bytes, path: "vault/2026-11-26.md")
        let entry = try #require(journal.entries.first)
        #expect(journal.entries.count == 1)
        #expect(entry.tagNames == ["relief", "back"])
        #expect(entry.temperatures.map(\.value) == [.yellow])
        #expect(entry.facts.map(\.text) == ["one late call is not a pattern"])
        let words = entry.prose.map(\.text).joined(separator: " ")
        for hidden in ["always says", "spiral", "runs on", "hidden", "and ends", "reminder"] {
            #expect(!words.contains(hidden), "\(hidden) in \(words)")
        }
        #expect(words.contains("he said he'd call") && words.contains("and he did.") && words.contains("here."))
        // Prose keeps its columns: "and he did." is where the file has it.
        let span = try #require(entry.prose.first { $0.text.contains("and he did.") })
        let prefix = try #require(span.text.range(of: "and he did.")).lowerBound
        let offset = span.text.utf8.distance(from: span.text.startIndex, to: prefix)
        #expect(span.sourceRange(ofUTF8: offset..<(offset + 3)).lowerBound == SourceLocation(line: 2, column: 51))
        #expect(journal.source.bytes == bytes)
        #expect(journal.problems.isEmpty)
    }

    /// A callout is the writer's own text in a box: its fields, evidence, tags and prose are
    /// read. `[!quote]` callouts and plain `>` quotes are someone else's words: quoted prose,
    /// no fields.
    static let calloutNote = """
    ---
    tags: [daily]
    ---
    # Friday

    ## 23:40
    > [!warning]- Spiral #latenight
    > temp: red
    > urge: text him again (resisted, waited it out)
    > he's going to leave, I just know it

    > [!note]
    > evidence:
    > - for: he took six hours to reply
    > - against: he said he was at his sister's

    > [!quote] what he actually wrote
    > temp: green, sorry, long day #hisday

    > her text: "you're spiralling, love" #quoted
    > urge: call her (acted)

    """

    @Test func calloutsAreTheWritersOwnText() throws {
        let journal = build(Self.calloutNote, path: "vault/daily/2026-11-27.md")
        let entry = try #require(journal.entries.first)
        #expect(journal.entries.map { $0.time?.description } == ["23:40"])
        #expect(entry.tagNames == ["daily", "latenight", "hisday", "quoted"])
        #expect(entry.temperatures.map(\.value) == [.red])
        #expect(entry.urges.map(\.outcome) == [.resisted])
        #expect(entry.evidence.first?.items.map(\.stance) == [.for, .against])
        let own = entry.prose.map(\.text).joined(separator: " ")
        #expect(own.contains("he's going to leave, I just know it") && own.contains("Spiral"))
        #expect(!own.contains("[!warning]") && !own.contains("[!note]"))
        let quoted = entry.quotedProse.map(\.text).joined(separator: " ")
        #expect(quoted.contains("sorry, long day") && quoted.contains("you're spiralling"))
        #expect(journal.problems.isEmpty)
    }
}
