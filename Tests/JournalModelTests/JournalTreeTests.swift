import Testing
@testable import JournalModel
import MarkdownSyntax

/// Goldens for `JournalTree.render`, inline (the JournalModelTests target has no resources).
/// Each expected string was checked by eye against its input.
@Suite struct JournalTreeTests {
    func expectTree(_ input: String, path: String = "journal.md", _ expected: String) {
        let actual = JournalTree.render(build(input, path: path))
        #expect(actual == expected, "\(lineDiff(expected: expected, actual: actual))")
    }

    @Test func designExample() {
        expectTree("""
        # 2026-11-28 Saturday

        ## 21:40 No reply since lunch #no-reply #partner-busy
        temp: red

        He hasn't answered in two hours. He's going to leave me.

        urge: text him again (resisted)
        regulate: cold water, walk

        evidence:
        - for: he was short with me on Thursday
        - against: he told me this morning he had back-to-back meetings

        fact: he is at work; silence is not abandonment.
        temp: yellow
        """ + "\n", """
        journal.md
          day 2026-11-28 "Saturday" @1:1-1:22
            entry 2026-11-28 21:40 "No reply since lunch #no-reply #partner-busy" 3:1-16:13
              tags #no-reply #partner-busy
              temp red -> yellow
              evidence 2 item(s) @11:1-13:64
                for: he was short with me on Thursday
                against: he told me this morning he had back-to-back meetings
              urge (resisted): text him again @8:1-8:32
              regulate: cold water, walk
              fact: he is at work; silence is not abandonment.
              prose @3:4-3:54: 21:40 No reply since lunch #no-reply #partner-busy
              prose @6:1-6:57: He hasn't answered in two hours. He's going to leave me.

        """)
    }

    @Test func dailyNoteWithQuoteProblemsAndUndatedNothing() {
        expectTree("""
        Slept badly. #tired

        > Noor: "you're not too much"

        ## 07:30 Up
        temp: blue
        reassurance: asked Sam if we're ok
        trigger: his short reply

        ## 25:00 Typo
        x
        """ + "\n", path: "notes/2026-11-17-evening.md", """
        notes/2026-11-17-evening.md
          day 2026-11-17
            entry 2026-11-17 1:1-3:30
              tags #tired
              prose @1:1-1:20: Slept badly. #tired
              quoted @3:3-3:30: Noor: "you're not too much"
            entry 2026-11-17 07:30 "Up" 5:1-8:25
              reassurance: asked Sam if we're ok @7:1-7:35
              trigger: his short reply
              prose @5:4-5:12: 07:30 Up
            entry 2026-11-17 "Typo" 10:1-11:2
              prose @10:4-10:14: 25:00 Typo
              prose @11:1-11:2: x
          problem invalid-field-value @6:7-6:11: 'blue' is not a temperature; use red, yellow or green (a trajectory is written `red -> yellow`)
          problem invalid-time @10:1-10:14: 25:00 is not a time of day; use HH:MM (00:00 to 23:59) or a 12-hour time such as 9:30pm

        """)
    }

    @Test func jrnlExportAndUndated() {
        expectTree("""
        Written before any date.

        ## 2026-11-12 13:05 Spiral #work
        Temp: yellow → green
        Regulate: sour candy

        ## 2026-11-14 10:40 Saturday
        Evidence: he's keeping me away
        - against: he invited me
        """ + "\n", """
        journal.md
          day 2026-11-12 @3:1-3:33
            entry 2026-11-12 13:05 "Spiral #work" 3:1-5:21
              tags #work
              temp yellow -> green
              regulate: sour candy
              prose @3:4-3:33: 2026-11-12 13:05 Spiral #work
          day 2026-11-14 @7:1-7:29
            entry 2026-11-14 10:40 "Saturday" 7:1-9:25
              evidence 2 item(s) @8:1-9:25
                neutral: he's keeping me away
                against: he invited me
              prose @7:4-7:29: 2026-11-14 10:40 Saturday
          problem undated-note @1:1-1:25: this note has no date, so summaries leave it out; date it (a heading such as '# 2026-11-28') if it belongs to a day

        """)
    }
}

/// A line-by-line comparison naming the lines that differ, `-` expected, `+` actual.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(old.count, new.count) {
        let a = index < old.count ? String(old[index]) : nil
        let b = index < new.count ? String(new[index]) : nil
        if a != b { out += ["line \(index + 1):", "- " + (a ?? "<missing>"), "+ " + (b ?? "<missing>")] }
    }
    return out.joined(separator: "\n")
}
