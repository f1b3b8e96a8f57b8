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

    static let fields = [
        "asked him 3 times if we're okay",
        "texted Sam \"are we ok?\" for the third time tonight",
        "asked again",
        "asked my sister if I want to die",
        "I don't want to wake up",
        "",
        "called the vet",
    ]

    /// A `reassurance:` field read once (`scanReassuranceField`) and a field or quote read for
    /// crisis wording (`crisisMatches`) give what the detectors give alone, with buffers reused
    /// between them and between paragraphs.
    @Test func fieldsScannedOnceMatchTheDetectors() {
        let scanner = ThoughtScanner()
        var buffers = ThoughtScanBuffers()
        var foundCrisis = false, foundCount = false
        for text in Self.fields + Self.paragraphs + Self.fields.reversed() {
            let alone = ReassuranceDetector().fieldAsk(text)
            let crisis = CrisisLanguageDetector().matches(in: text)
            let scanned = scanner.scanReassuranceField(text, into: &buffers)
            #expect(scanned.ask == alone, "\(text)")
            #expect(scanned.crisis == crisis, "\(text)")
            let withoutTopic = scanner.scanReassuranceField(text, withTopic: false, into: &buffers)
            #expect(withoutTopic.ask.atLeast == alone.atLeast && withoutTopic.ask.topic == .unknown, "\(text)")
            #expect(scanner.crisisMatches(in: text, into: &buffers) == crisis, "\(text)")
            scanner.scan(text, into: &buffers)
            foundCrisis = foundCrisis || !crisis.isEmpty
            foundCount = foundCount || alone.atLeast > 1
        }
        // Guards against passing because nothing is ever found.
        #expect(foundCrisis && foundCount)
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
