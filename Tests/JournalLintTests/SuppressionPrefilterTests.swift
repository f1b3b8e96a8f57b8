@testable import JournalLint
import Testing

/// `SuppressionParser.mayStartWithKeyword`, which spares most comments the full parse: it may
/// only turn away text whose first word cannot be a keyword.
@Suite("Suppression comment prefilter")
struct SuppressionPrefilterTests {
    @Test("Directives in any case, after any separators the parser skips, pass", arguments: [
        "steady-disable-next-line", " steady-disable x", "\t,\n STEADY-Enable", "Steady-Disable-File -- why", "steady-",
        "steady-disablex",
        // Line endings of any kind separate words, so a directive on its own line in a CRLF or
        // CR-only file is read as in its LF twin (issue 17).
        "\r\nsteady-disable", "\rsteady-disable x", "\r\n\tsteady-enable",
    ])
    func passes(_ text: String) {
        #expect(SuppressionParser.mayStartWithKeyword(text))
    }

    @Test("Text whose first word cannot start with steady- is turned away", arguments: [
        "", "private: #not-a-tag", "-- steady-disable", "steady disable", "steadyy-disable",
        "xsteady-disable", "steady\r-disable", "\u{301}steady-disable", "stea",
    ])
    func turnedAway(_ text: String) {
        #expect(!SuppressionParser.mayStartWithKeyword(text))
    }
}
