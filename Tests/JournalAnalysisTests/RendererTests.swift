import Foundation
import JournalModel
import Testing
@testable import JournalAnalysis

/// Words from the fixture journal that no review may show (titles, prose, field values).
let journalWords = ["asked Sam", "he is at work", "conference", "quiet day", "Busy again", "slow day", "Old week",
                    "texted Sam", "scroll his profile", "still loves me"]

@Suite struct JSONRendererTests {
    func object(_ summary: Summary, includeText: Bool = false) throws -> [String: Any] {
        let text = JSONSummaryRenderer.render(summary, includeText: includeText)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func shapeAndNumbers() throws {
        let json = try object(summary())
        #expect(json["schemaVersion"] as? Int == 1)
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-23")
        #expect(period["to"] as? String == "2026-11-29")
        #expect(period["isoWeek"] as? String == "2026-W48")
        #expect(json["days"] as? Int == 4)
        #expect(json["entries"] as? Int == 7)
        #expect(json["entriesPerDay"] as? Double == 1.75)
        let temperature = try #require(json["temperature"] as? [String: Any])
        #expect(temperature["red"] as? Int == 4)
        #expect(temperature["yellow"] as? Int == 3)
        #expect(temperature["green"] as? Int == 4)
        let perDay = try #require(temperature["perDay"] as? [[String: Any]])
        #expect(perDay.first?["first"] as? String == "yellow")
        #expect(perDay.first?["last"] as? String == "red")
        #expect(json["trajectoriesDown"] as? Int == 4)

        let triggers = try #require(json["triggers"] as? [[String: Any]])
        #expect(triggers.map { $0["tag"] as? String } == ["partner-busy", "no-reply", "friends", "work"])
        #expect(triggers.map { $0["count"] as? Int } == [4, 3, 2, 1])
        #expect(triggers.map { $0["reachedRed"] as? Int } == [3, 2, 0, 1])
        #expect(triggers.map { $0["association"] as? Bool } == [true, true, false, false])
        #expect(triggers[0]["days"] as? [String] == ["2026-11-23", "2026-11-24", "2026-11-27"])

        let reassurance = try #require(json["reassurance"] as? [String: Any])
        #expect(reassurance["limit"] as? Int == 1)
        #expect(reassurance["perDay"] as? [String: Int] == ["2026-11-23": 2, "2026-11-24": 1, "2026-11-25": 0, "2026-11-27": 2])
        #expect(reassurance["daysOverLimit"] as? Int == 2)
        let run = try #require(reassurance["longestRunWithinLimit"] as? [String: Any])
        #expect(run["days"] as? Int == 2)

        let claims = try #require(json["claims"] as? [String: Any])
        #expect(claims["total"] as? Int == 0)
        #expect(claims["examined"] as? Int == 0)
        #expect(claims["coverage"] is NSNull)
        let urges = try #require(json["urges"] as? [String: Any])
        #expect(urges["resisted"] as? Int == 1)
        #expect(urges["acted"] as? Int == 1)
        #expect(json["previous"] == nil)
        #expect(json["changes"] == nil)
        #expect(json["techniquesBeforeDown"] == nil)
    }

    @Test func keyOrderIsStable() {
        let text = JSONSummaryRenderer.render(summary())
        #expect(text.hasPrefix("{\"schemaVersion\":1,\"dayStartsAt\":\"04:00\",\"associationMinimum\":3,\"period\":{\"from\":\"2026-11-23\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func compareAddsPreviousAndChanges() throws {
        let json = try object(summary(compare: true))
        let previous = try #require(json["previous"] as? [String: Any])
        #expect((previous["period"] as? [String: Any])?["from"] as? String == "2026-11-16")
        #expect(previous["entries"] as? Int == 2)
        let changes = try #require(json["changes"] as? [String: Any])
        let entries = try #require(changes["entries"] as? [String: Int])
        #expect(entries == ["current": 7, "previous": 2, "change": 5])
        #expect((changes["urgesActed"] as? [String: Int])?["change"] == 0)
        let triggers = try #require(changes["triggers"] as? [[String: Any]])
        #expect(triggers.first?["tag"] as? String == "no-reply")
    }

    @Test func wordsOnlyWithIncludeText() throws {
        let plain = JSONSummaryRenderer.render(summary(compare: true))
        for word in journalWords + ["walk", "cold water", "shower"] { #expect(!plain.contains(word)) }
        let json = try object(summary(), includeText: true)
        let techniques = try #require(json["techniquesBeforeDown"] as? [[String: Any]])
        #expect(techniques.map { $0["technique"] as? String } == ["breathwork", "cold water", "shower", "walk"])
    }
}

@Suite struct TextAndMarkdownRendererTests {
    @Test func textReport() {
        let text = TextSummaryRenderer.render(summary(compare: true))
        #expect(text.hasPrefix("Steady review · 2026-11-23 – 2026-11-29 (7 days, 2026-W48)\n"))
        #expect(text.contains("4 of 7 days journaled · 7 entries · 1.8 a day"))
        #expect(text.contains("  red       4  ████████████████████\n"))
        #expect(text.contains("  Mon 23 Nov   yellow → red       ▄▁█▄█"))
        // E4 asked Noor between its red and green readings: 3 of the 4 came down on their own.
        #expect(text.contains("Came down in 4 entries: red → yellow 2, red → green 1, yellow → green 1; 3 of them on your own"))
        #expect(text.contains("What you did first: breathwork 1, cold water 1, shower 1, walk 1"))
        #expect(text.contains("  Mon 23 Nov   2  ██████████  over the limit"))
        #expect(text.contains("2 of 4 days within the limit; longest run 2 days."))
        #expect(text.contains("✓ You paused before reacting once (urges resisted)."))
        #expect(text.contains("✓ You brought red down on your own twice (no reassurance between the red reading and the cooler one)."))
        #expect(text.contains("Compared with 2026-11-16 – 2026-11-22 (7 days, 2026-W47)"))
        #expect(text.contains("  entries                            2 →   7  (+5)"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
        for word in journalWords { #expect(!text.contains(word)) }
    }

    @Test func markdownReview() {
        let markdown = MarkdownSummaryRenderer.render(summary(compare: true))
        // Front matter marks the file as a review so Steady never reads it back as journal text.
        #expect(markdown.hasPrefix("---\nsteady: review\nperiod: 2026-11-23/2026-11-29\n---\n\n# Week 2026-W48: 2026-11-23 – 2026-11-29\n"))
        #expect(markdown.contains("| `#partner-busy` | 4 | 3 | Mon 23, Tue 24, Fri 27 |"))
        #expect(markdown.contains("- `#no-reply`: 2 of 3 entries reached red"))
        #expect(markdown.contains("| Mon 23 Nov | 2 | over the limit |"))
        #expect(markdown.contains("## Compared with 2026-11-16 – 2026-11-22"))
        for word in journalWords { #expect(!markdown.contains(word)) }
        // Saved beside the journal, the review must not add triggers: every tag is in a code span.
        let review = JournalBuilder.build(bytes: Array(markdown.utf8), path: "2026-W48.md")
        #expect(review.entries.flatMap(\.tags).isEmpty)
    }
}

@Suite struct HTMLRendererTests {
    let html = HTMLSummaryRenderer.render(summary(compare: true))

    @Test func selfContainedWithAStrictPolicy() {
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"))
        #expect(!html.contains("unsafe-inline"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("style=\""))
        for external in ["http://", "https://", "//", "url("] {
            // The SVG namespace is a name, not something loaded.
            let rest = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(!rest.contains(external), "found \(external)")
        }
    }

    @Test func theStyleHashMatchesTheStyleBlock() throws {
        let start = try #require(html.range(of: "<style>"))
        let end = try #require(html.range(of: "</style>"))
        let style = String(html[start.upperBound..<end.lowerBound])
        let hash = SHA256.base64(SHA256.hash(Array(style.utf8)))
        #expect(html.contains("style-src 'sha256-\(hash)'"))
    }

    @Test func fourChartsInTwoLayouts() {
        #expect(html.components(separatedBy: "<svg").count - 1 == 8)
        for id in ["chart-temperature", "chart-time-of-day", "chart-triggers", "chart-reassurance"] {
            #expect(html.contains("<svg id=\"\(id)\" class=\"chart wide\""))
            #expect(html.contains("<svg id=\"\(id)-narrow\" class=\"chart narrow\""))
        }
        #expect(html.contains("class=\"limit\""))
        #expect(html.contains("4 of 4") == false)
        #expect(html.contains("3 of 4 reached red"))
        #expect(html.contains("2 entries (too few to compare)"))
        #expect(html.contains("prefers-color-scheme:dark"))
        #expect(html.contains("@media print"))
    }

    @Test func noJournalWords() {
        for word in journalWords { #expect(!html.contains(word)) }
    }

    @Test func sha256KnownAnswers() {
        func hex(_ text: String) -> String { SHA256.hash(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.base64(Array("Man".utf8)) == "TWFu")
        #expect(SHA256.base64(Array("Ma".utf8)) == "TWE=")
        #expect(SHA256.base64(Array("M".utf8)) == "TQ==")
    }
}
