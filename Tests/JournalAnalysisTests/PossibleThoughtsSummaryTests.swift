import Foundation
import JournalDetection
import JournalModel
import Testing
@testable import JournalAnalysis

/// Thoughts that might be worst-case (tier 2, `possible-catastrophizing`) are counted apart from
/// worst-case thoughts, and examining one counts in "What went well"; a journaled day with no
/// `temp:` says so kindly in every format that lists days.
@Suite struct PossibleThoughtsSummaryTests {
    /// Three entries: a possible thought examined with evidence (the 23rd), a possible thought
    /// not examined and a worst-case one (the 24th, no `temp:`), and a plain day (the 25th).
    static let journal = JournalBuilder.build(bytes: Array("""
        # 2026-11-23

        ## 09:00 Examined
        temp: yellow
        I might get sacked after the audit.

        evidence:
        - against: he asked about the weekend

        # 2026-11-24

        ## 21:00 Not examined
        Maybe he is bored of me. He's going to leave me.

        # 2026-11-25

        ## 08:00 Plain
        temp: green

        """.utf8), path: "j.md")

    /// A stand-in for the detector, by entry title: what it would find, with each tier marked.
    struct StandIn: EntryInsightProvider {
        func insights(for entry: Entry) -> EntryInsights {
            switch entry.title {
            case "Examined": EntryInsights(claims: [ClaimInsight(kind: "fortune-telling", in: entry, isPossible: true)])
            case "Not examined":
                EntryInsights(claims: [ClaimInsight(kind: "fortune-telling", in: entry, isPossible: true),
                                       ClaimInsight(kind: "fortune-telling", in: entry)])
            default: .none
            }
        }
    }

    static func summary(by grouping: SummaryGrouping? = nil, provider: some EntryInsightProvider = StandIn(),
                        includeText: Bool = false) -> Summary {
        let options = SummaryOptions(period: .range(DatePeriod(from: JournalDate("2026-11-23")!, to: JournalDate("2026-11-25")!)),
                                     grouping: grouping, includeText: includeText)
        return SummaryBuilder.build(journals: [journal], options: options, insights: provider)!
    }

    @Test func countedApartFromWorstCaseThoughts() {
        let s = Self.summary().current
        #expect(s.claims.total == 1)
        #expect(s.claims.examined == 0)
        #expect(s.possibleClaims == PossibleClaimSummary(total: 2, examined: 1))
        #expect(s.progress.thoughtsExamined == 0)
        #expect(s.progress.possibleThoughtsExamined == 1)
    }

    @Test("Examining a possible thought is something that went well, in the review and in lint's sentence")
    func examiningOneWentWell() {
        let text = TextSummaryRenderer.render(Self.summary())
        #expect(text.contains("  ✓ You examined 1 thought that might be worst-case with evidence."))
        #expect(text.contains("  1 found · 0 examined with evidence (0%) · 0 with against: items\n"))
        #expect(text.contains("  Thoughts that might be worst-case: 2 found, 1 examined with evidence.\n"))
        let digests = SummaryBuilder.digests(of: Self.journal, options: SummaryOptions(), insights: StandIn())
        #expect(WentWell(digests: digests).sentence == "What went well: you examined 1 thought that might be worst-case with evidence.")
    }

    @Test func everyFormatCountsThem() throws {
        let summary = Self.summary()
        let markdown = MarkdownSummaryRenderer.render(summary)
        #expect(markdown.contains("\nThoughts that might be worst-case: 2 found, 1 examined with evidence.\n"))
        #expect(markdown.contains("- You examined 1 thought that might be worst-case with evidence.\n"))
        let html = HTMLSummaryRenderer.render(summary)
        #expect(html.contains("Thoughts that might be worst-case"))
        #expect(html.contains("You examined 1 thought that might be worst-case with evidence."))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONSummaryRenderer.render(summary, includeText: false).utf8)) as? [String: Any])
        let possible = try #require(json["possibleClaims"] as? [String: Any])
        #expect(possible["total"] as? Int == 2)
        #expect(possible["examined"] as? Int == 1)
        #expect(possible["coverage"] as? Double == 0.5)
        #expect((json["claims"] as? [String: Any])?["total"] as? Int == 1)
        #expect((json["progress"] as? [String: Any])?["possibleThoughtsExamined"] as? Int == 1)

        let byDay = try #require(try JSONSerialization.jsonObject(with: Data(JSONSummaryRenderer.render(Self.summary(by: .day), includeText: false).utf8)) as? [String: Any])
        let rows = try #require(byDay["rows"] as? [[String: Any]])
        #expect(rows.map { $0["possibleThoughts"] as? Int } == [1, 1, 0])
        #expect(rows.map { $0["possibleThoughtsExamined"] as? Int } == [1, 0, 0])
        #expect((byDay["totals"] as? [String: Any])?["possibleThoughts"] as? Int == 2)

        let csv = CSVSummaryRenderer.render(Self.summary(by: .day)).components(separatedBy: "\r\n")
        let header = csv[0].split(separator: ",").map(String.init)
        let total = try #require(header.firstIndex(of: "possible_thoughts"))
        let examined = try #require(header.firstIndex(of: "possible_thoughts_examined"))
        #expect(header[total - 1] == "examined_share")
        #expect(csv[1...3].map { $0.split(separator: ",", omittingEmptySubsequences: false)[total] } == ["1", "1", "0"])
        #expect(csv[1...3].map { $0.split(separator: ",", omittingEmptySubsequences: false)[examined] } == ["1", "0", "0"])
    }

    @Test("Without possible thoughts, text, Markdown and HTML say nothing of them")
    func silentWithoutThem() {
        let none = Self.summary(provider: FieldsOnlyInsightProvider())
        #expect(none.current.possibleClaims == PossibleClaimSummary(total: 0, examined: 0))
        for output in [TextSummaryRenderer.render(none), MarkdownSummaryRenderer.render(none), HTMLSummaryRenderer.render(none)] {
            #expect(!output.contains("might be worst-case"))
        }
    }

    @Test("Their words stay out, even with --include-text (In your words lists worst-case thoughts only)")
    func noWords() {
        for summary in [Self.summary(), Self.summary(includeText: true)] {
            for output in [TextSummaryRenderer.render(summary), MarkdownSummaryRenderer.render(summary),
                           HTMLSummaryRenderer.render(summary), JSONSummaryRenderer.render(summary, includeText: true)] {
                #expect(!output.contains("sacked"))
                #expect(!output.contains("bored of me"))
            }
        }
    }

    @Test("The real detector: a possible thought examined with evidence is counted as examined")
    func throughTheDetector() {
        let summary = Self.summary(provider: DetectorInsightProvider(analyzer: EntryAnalyzer()))
        let analyzer = EntryAnalyzer()
        let tiers = Self.journal.entries.map { analyzer.analyze($0).claims.map(\.tier) }
        // The 23rd's thought is tier 2 only; the summary's counts follow the analyzer's tiers.
        #expect(tiers[0] == [.possible])
        #expect(summary.current.possibleClaims.examined == 1)
        #expect(summary.current.possibleClaims.total == tiers.joined().count { $0 == .possible })
        #expect(summary.current.claims.total == tiers.joined().count { $0 == .worstCase })
    }

    @Test("A journaled day with no temp: reads 'no temperature written', in text, Markdown and HTML")
    func dayWithoutTemperature() {
        let summary = Self.summary()
        let text = TextSummaryRenderer.render(summary)
        #expect(text.contains("  Tue 24 Nov   no temperature written\n"))
        #expect(!text.contains("no readings"))
        let markdown = MarkdownSummaryRenderer.render(summary)
        #expect(markdown.contains("| Tue 24 Nov | – | – | no temperature written |"))
        #expect(markdown.contains("| Mon 23 Nov | yellow | yellow | yellow |"))
        let html = HTMLSummaryRenderer.render(summary)
        #expect(html.contains("<p class=\"note\">No temperature written on Tue 24 Nov.</p>"))
        // A period where every journaled day has a reading says nothing of it.
        let allRead = SummaryBuilder.build(journals: [Self.journal], options: SummaryOptions(
            period: .range(DatePeriod(from: JournalDate("2026-11-25")!, to: JournalDate("2026-11-25")!))))!
        #expect(!HTMLSummaryRenderer.render(allRead).contains("No temperature written"))
        #expect(!TextSummaryRenderer.render(allRead).contains("no temperature written"))
    }
}
