import Testing
import ThinkingTraps

/// `ThoughtScanner` must find exactly what the three detectors find one after another, whether
/// it returns the findings or leaves them in reused buffers, and a paragraph's findings must
/// never linger into the next paragraph scanned with the same buffers.
@Suite struct ThoughtScannerTests {
    static let paragraphs = [
        "Today was fine. I walked the dog and made soup.",
        "He hasn't texted back. He's going to leave me, I just know it.",
        "I asked him again if we're okay.",
        "Sometimes I want to hurt myself.",
        "What if I lose my job? Then I'd find another one.",
        "",
        "He's going to leave me. I asked her if I was okay. I want to kill myself.",
        "Nothing much happened; the bus was late.",
    ]

    @Test func scanMatchesTheDetectors() {
        let scanner = ThoughtScanner()
        for text in Self.paragraphs {
            let scan = scanner.scan(text)
            #expect(scan.claims == CatastrophizingDetector().claims(in: text), "\(text)")
            #expect(scan.reassurance == ReassuranceDetector().acts(in: text), "\(text)")
            #expect(scan.crisis == CrisisLanguageDetector().matches(in: text), "\(text)")
        }
    }

    @Test func reusedBuffersHoldOnlyTheLastParagraphsFindings() {
        let scanner = ThoughtScanner()
        var buffers = ThoughtScanBuffers()
        // Forwards and backwards, so every paragraph follows one with findings and one without.
        for text in Self.paragraphs + Self.paragraphs.reversed() {
            scanner.scan(text, into: &buffers)
            let expected = scanner.scan(text)
            #expect(buffers.claims == expected.claims, "\(text)")
            #expect(buffers.reassurance == expected.reassurance, "\(text)")
            #expect(buffers.crisis == expected.crisis, "\(text)")
            #expect(buffers.foundNothing == (expected.claims.isEmpty && expected.reassurance.isEmpty && expected.crisis.isEmpty))
        }
    }

    @Test func someParagraphsFindSomething() {
        // Guards the tests above against passing because nothing is ever found.
        let scanner = ThoughtScanner()
        let scans = Self.paragraphs.map { scanner.scan($0) }
        #expect(scans.contains { !$0.claims.isEmpty })
        #expect(scans.contains { !$0.reassurance.isEmpty })
        #expect(scans.contains { !$0.crisis.isEmpty })
    }
}
