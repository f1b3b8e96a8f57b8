import JournalDetection
import JournalModel
import Testing
import ThinkingTraps

@Suite("Entry analyzer")
struct EntryAnalyzerTests {
    private let analyzer = EntryAnalyzer()

    @Test("A worst-case thought in prose is a claim, with its kind, cue, words and paragraph")
    func claimInProse() throws {
        let analyzed = analyzer.analyze(entry("# 2026-11-28\n\nA long day. He's going to leave me.\n"))
        let claim = try #require(analyzed.claims.first)
        #expect(analyzed.claims.count == 1)
        #expect(claim.kind == .fortuneTelling)
        #expect(!claim.cue.isEmpty)
        #expect(claim.range.lowerBound.line == 3)
        #expect(claim.range.lowerBound.column > 1)  // the claim, not the whole paragraph
        #expect(claim.blockRange.lowerBound.column == 1)
        #expect(analyzed.reassurance.isEmpty && analyzed.crisis.isEmpty)
    }

    @Test("Negated and calm prose has no claims")
    func noClaims() {
        let analyzed = analyzer.analyze(entry("# 2026-11-28\n\nA quiet evening. He is not going to leave me.\n"))
        #expect(analyzed.claims.isEmpty)
    }

    @Test("Asks to different people or about different things are different acts, field or prose")
    func distinctAsks() {
        let analyzed = analyzer.analyze(entry(
            "# 2026-11-28\n\nCalled my sister at lunch to ask if I was being crazy.\n\nreassurance: texted him are we ok\n"))
        #expect(analyzed.reassurance.map(\.source) == [.prose, .field])
        let two = analyzer.analyze(entry("# 2026-11-28\n\nI asked Jake if he was mad, then asked my mom if I was being too needy.\n"))
        #expect(two.reassurance.count == 2)
    }

    @Test("The count an act's words give survives into the field that records the same ask")
    func countCarriesToTheField() {
        let analyzed = analyzer.analyze(entry(
            "# 2026-11-28\n\nFor the third time tonight I asked him if we're okay.\n\nreassurance: asked if we're okay\n"))
        #expect(analyzed.reassurance.map(\.source) == [.field])
        #expect(analyzed.reassurance.map(\.atLeast) == [3])
        #expect(ReassuranceAct.askCount(of: analyzed.reassurance) == 3)
    }

    @Test("Crisis wording is not also a claim")
    func crisisIsNotAClaim() {
        let analyzed = analyzer.analyze(entry("# 2026-11-28\n\nAfter trying to kill myself last year I thought I was past this.\n"))
        #expect(analyzed.crisis.count == 1)
        #expect(analyzed.claims.isEmpty)
    }

    @Test("A field and its prose retelling are one act; prose adds only the acts beyond the fields")
    func reassuranceActs() {
        let once = analyzer.analyze(entry("# 2026-11-28\n\nI asked him again if we're okay.\n\nreassurance: asked if we're okay\n"))
        #expect(once.reassurance.map(\.source) == [.field])
        let twice = analyzer.analyze(entry(
            "# 2026-11-28\n\nI asked him again if we're okay. Then I texted him to check we're fine.\n\nreassurance: asked if we're okay\n"))
        #expect(twice.reassurance.count == 2)
        // In source order: the second prose act (line 3) comes before the field (line 5).
        #expect(twice.reassurance.map(\.source) == [.prose, .field])
        #expect(twice.reassurance.map(\.range.lowerBound.line) == [3, 5])
        #expect(twice.reassurance[0].cue != nil && twice.reassurance[1].cue == nil)
    }

    @Test("Two fields and a prose ask about something else, or to someone else, are three acts")
    func twoFieldsAndAnotherProseAsk() {
        // The new-user trial: the prose ask was merged into the field that named nobody.
        let three = analyzer.analyze(entry("""
            # 2026-11-28

            reassurance: texted Sam asking if we're ok
            reassurance: called him at lunch

            Later I asked my sister if I was being too much.

            """))
        #expect(three.reassurance.count == 3)
        #expect(three.reassurance.map(\.source) == [.field, .field, .prose])
        // A field that names someone else, and a prose ask that agrees with it on nothing: two.
        let other = analyzer.analyze(entry("# 2026-11-28\n\nreassurance: called mum\n\nI asked him if he was mad at me.\n"))
        #expect(other.reassurance.count == 2)
        // A field that names nobody and nothing ("texted") tells of the prose ask beside it.
        let vague = analyzer.analyze(entry("# 2026-11-28\n\nreassurance: texted\n\nI asked him if he was mad at me.\n"))
        #expect(vague.reassurance.count == 1)
    }

    @Test("A field and prose that share the person or a word of what was asked are one act", arguments: [
        "# 2026-11-28\n\nreassurance: asked Sam if we're ok\nreassurance: called mum\n\nI asked Sam again whether he still loves me.\n",
        "# 2026-11-28\n\nreassurance: called mum\nreassurance: texted Sam to ask if he was mad\n\nI texted Sam again.\n",
        "# 2026-11-28\n\nreassurance: asked him again\nreassurance: called mum about work\n\nI asked him if we're okay.\n",
        // A title that names nobody and nothing is the ask its entry records.
        "# 2026-11-28\n\n## 12:30 Asked again\nreassurance: asked Sam if he'll call from Lisbon\nreassurance: called mum about work\n",
    ])
    func twoFieldsAndTheirRetelling(_ text: String) {
        #expect(analyzer.analyze(entry(text)).reassurance.map(\.source) == [.field, .field])
    }

    @Test("Reassurance received is not an act: a Reassured: line and prose that tells of it", arguments: [
        "Reassured: my friend said it was fine",
        "reassured: he called at lunch and said he misses me",
        "He reassured me before he left.",
        "Reassured by his text this morning.",
        "Got reassurance from mum without even asking.",
        "He said we're fine and I believed him.",
        "His text reassured me that we're okay.",
        "Felt reassured when she called back.",
    ])
    func receivedIsNotSought(_ line: String) {
        let analyzed = analyzer.analyze(entry("# 2026-11-28\n\n\(line)\n"))
        #expect(analyzed.entry.reassurance.isEmpty, "not a reassurance: field")
        #expect(analyzed.reassurance.isEmpty, "\(line)")
    }

    @Test("Near misses of received reassurance that do tell of an ask still count", arguments: [
        ("Reassured: asked him if we're ok", 1),
        ("He reassured me after I asked if he was mad.", 1),
        ("Asked him to reassure me that we're okay.", 1),
        ("reassure: asked if we're okay", 1),
        ("Reassurances: texted him at 2am", 1),
    ])
    func receivedNearMisses(_ line: String, _ acts: Int) {
        #expect(analyzer.analyze(entry("# 2026-11-28\n\n\(line)\n")).reassurance.count == acts, "\(line)")
    }

    @Test("Crisis words are found in prose, in quotes and in fields")
    func crisisEverywhere() {
        let text = """
        # 2026-11-28

        I want to die.

        > I just want to end it all.

        urge: hurting myself again
        """
        let analyzed = analyzer.analyze(entry(text + "\n"))
        #expect(analyzed.crisis.map(\.range.lowerBound.line) == [3, 5, 7])
        #expect(analyzed.crisis.allSatisfy { !$0.cue.isEmpty })
    }

    @Test("Extra phrases are claims of their kind; ignored phrases are not")
    func configuredPhrases() throws {
        let text = "# 2026-11-28\n\nMarguerite will stop writing to me. After the soufflé, everything is ruined.\n"
        #expect(analyzer.analyze(entry(text)).claims.map(\.kind) == [.magnification])
        let configured = EntryAnalyzer(extraPhrases: [CuePhrase("stop writing to me", kind: .fortuneTelling)],
                                       ignoredPhrases: ["ruined"])
        let claims = configured.analyze(entry(text)).claims
        #expect(claims.map(\.kind) == [.fortuneTelling])
    }

    @Test("Buffers reused from entry to entry leave each analysis as a fresh one would")
    func reusedBuffers() {
        let journal = entries("""
        # 2026-11-28

        ## 08:00
        \(String(repeating: "It was a long day at work and nothing went as planned. ", count: 40))He's going to leave me.

        ## 09:00
        temp: red
        reassurance: asked if he was angry

        I can't survive this. I want to die.

        ## 10:00
        A quiet evening.

        ## 11:00
        I asked again whether it was fine. What if she never comes back

        """)
        #expect(journal.count == 4)
        var buffers = EntryAnalysisBuffers()
        var found = 0
        for entry in journal {
            let reused = analyzer.analyze(entry, reusing: &buffers)
            let fresh = analyzer.analyze(entry)
            #expect(reused.claims == fresh.claims)
            #expect(reused.reassurance == fresh.reassurance)
            #expect(reused.crisis == fresh.crisis)
            found += reused.claims.count + reused.reassurance.count + reused.crisis.count
        }
        #expect(found >= 5)  // the entries do have something to compare
    }
}
