import JournalModel
import Testing
@testable import JournalAnalysis

/// "What you did first" lists the writer's `regulate:` values: the text and Markdown summaries
/// show their control characters, never send them (found by the fuzzer, docs/reliability.md).
@Suite("Technique names in summaries")
struct TechniqueNamesTerminalTests {
    @Test("A regulate value with escape sequences reaches the text and Markdown summaries made visible")
    func regulateValuesShowControls() throws {
        let text = """
        # 2026-11-28

        ## 21:00 spiral
        temp: red
        regulate: walk\u{1B}]8;;http://x\u{1B}\\link\u{1B}[2J
        temp: green

        """
        let journal = JournalBuilder.build(bytes: Array(text.utf8), path: "2026-11-28.md")
        let summary = try #require(SummaryBuilder.build(journals: [journal], options: SummaryOptions()))
        let rendered = TextSummaryRenderer.render(summary)
        #expect(rendered.contains("What you did first: walk"))
        #expect(!rendered.contains("\u{1B}"))
        #expect(!MarkdownSummaryRenderer.render(summary).contains("\u{1B}"))
    }
}
