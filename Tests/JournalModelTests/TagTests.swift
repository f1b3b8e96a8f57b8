import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct TagTests {
    @Test(arguments: [
        ("felt it #no-reply today", ["no-reply"]),
        ("#partner/busy again", ["partner/busy"]),
        ("#No-Reply and #NO-REPLY", ["no-reply"]),
        ("(#paren) [#bracket] \"#quote\"", ["paren", "bracket", "quote"]),
        ("end of sentence #tag.", ["tag"]),
        ("trailing separators #tag- and #tag2_", ["tag", "tag2"]),
        ("#snake_case and #with2digits", ["snake_case", "with2digits"]),
        ("unicode #café and #大丈夫", ["café", "大丈夫"]),
        ("*#emphasised* and **#strong**", ["emphasised", "strong"]),
        ("[#in-link-text](https://x.org)", ["in-link-text"]),
        // Text whose literal differs from its source is scanned in the source.
        ("em dash &#8212; then #after-entity", ["after-entity"]),
        ("a \\* star then #after-escape", ["after-escape"]),
        ("&nGt;\\* same length #kept", ["kept"]),
    ])
    func tagsAreFound(_ line: String, _ expected: [String]) throws {
        #expect(try entry(line + "\n").tagNames == expected)
    }

    @Test(arguments: [
        "code span `#not-a-tag` here",
        "<span>#html</span> right after an HTML tag",
        "a [link](https://x.com/#frag) destination",
        "a bare URL https://x.com/#frag in text",
        "an autolink <https://x.com/#frag>",
        "\\#escaped hash",
        "bug #123 and #42",
        "entity &#35;notatag and &#x23;nope",
        "C# and F#sharp",
        "issue#12 and word#tag",
        "# ",
        "![#alt-text](pic.png)",
    ])
    func notTags(_ line: String) throws {
        #expect(try entry(line + "\n").tagNames == [], "\(line)")
    }

    @Test func textInsideInlineHTMLElementsIsText() throws {
        // Choice: the words between inline HTML tags are text, so a tag there counts when it
        // starts a word; right after a tag's `>` it does not.
        #expect(try entry("<span>x #inside</span>\n").tagNames == ["inside"])
    }

    @Test func notInCodeBlocksOrHTMLBlocks() throws {
        let entry = try entry("```\n#fenced\n```\n\n    #indented\n\n<div>\n#html-block\n</div>\n\n#real\n")
        #expect(entry.tagNames == ["real"])
    }

    @Test func headingMarkerIsNotATagButTagsInHeadingsAre() {
        let journal = build("# 2026-11-28 #day-tag\n## 10:00 Title #entry-tag\n### #sub-heading-tag\n")
        // The day heading's tag is a tag of each of the day's entries.
        #expect(journal.entries.map(\.tagNames) == [["day-tag", "entry-tag", "sub-heading-tag"]])
    }

    @Test func dayHeadingTagBelongsToItsImplicitEntry() {
        let journal = build("# 2026-11-28 #day-tag\ntext\n")
        #expect(journal.entries.map(\.tagNames) == [["day-tag"]])
    }

    @Test func tagsInListsQuotesAndEvidence() throws {
        let entry = try entry("- item #in-list\n\n> quoted #in-quote\n\nevidence:\n- for: #in-evidence\n")
        #expect(entry.tagNames == ["in-list", "in-quote", "in-evidence"])
    }

    @Test func tagOccurrencesAreKeptInOrderWithRanges() throws {
        let entry = try entry("#a then #b then #A\n")
        #expect(entry.tags.map(\.name) == ["a", "b", "a"])
        #expect(entry.tags.map(\.range) == [
            SourceRange(line: 3, column: 1, length: 2),
            SourceRange(line: 3, column: 9, length: 2),
            SourceRange(line: 3, column: 17, length: 2),
        ])
        #expect(entry.tagNames == ["a", "b"])
    }

    @Test func tagAfterEscapedCharacterKeepsItsSourceColumn() throws {
        // The literal is "*x* #t" but the source has backslashes: columns come from the source.
        let entry = try entry("\\*x\\* #t\n")
        #expect(entry.tags.map(\.range) == [SourceRange(line: 3, column: 7, length: 2)])
    }

    @Test func tagAfterEntityKeepsItsSourceColumn() throws {
        let entry = try entry("&amp; #t\n")
        #expect(entry.tags.map(\.range) == [SourceRange(line: 3, column: 7, length: 2)])
    }

    /// With `tag-prefixes` holding `@` (jrnl's tags), `@word` is the tag `word`, by the rules of
    /// `#`: at a word's start only, so an e-mail address, a handle's second `@` or `@` inside a
    /// word is none. Without it, `@word` is prose.
    @Test(arguments: [
        ("@work went quiet and #sleep is gone", ["work", "sleep"], ["sleep"]),
        ("mail me@example.com or <me@example.com> or [x](mailto:me@example.com)", [], []),
        ("a@b, 2@3, @-dash, @1984, @ alone", [], []),
        ("(@paren) [@bracket] \"@quote\" *@em*", ["paren", "bracket", "quote", "em"], []),
        ("@Work and #work are one tag, @user@instance.social", ["work", "work", "user"], ["work"]),
        ("`@code` and \\@escaped", [], []),
    ])
    func atTagsFollowTheRulesOfHash(_ line: String, _ withAt: [String], _ withoutAt: [String]) {
        let text = "# 2026-11-28\n\n" + line + "\n"
        let both = JournalBuilder.build(bytes: Array(text.utf8), path: "j.md", tagPrefixes: [.hash, .at])
        #expect(both.entries.first?.tags.map(\.name) ?? [] == withAt)
        #expect(build(text).entries.first?.tags.map(\.name) ?? [] == withoutAt)
    }

    @Test func atOnlyReadsNoHashTags() {
        let text = "# 2026-11-28\n\n@family called, #not-now\n"
        let journal = JournalBuilder.build(bytes: Array(text.utf8), path: "j.md", tagPrefixes: .at)
        #expect(journal.entries.first?.tagNames == ["family"])
        #expect(journal.entries.first?.tags.first?.range == SourceRange(line: 3, column: 1, length: 7))
    }
}
