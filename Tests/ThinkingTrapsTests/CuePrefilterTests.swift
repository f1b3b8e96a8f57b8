import Foundation
import Testing
@testable import ThinkingTraps

/// The crisis prefilter may only skip a text in which no token starts a crisis rule.
@Suite struct CuePrefilterTests {
    let lexicon = CompiledLexicon.shared

    /// Whether the tokenizer sees a key word of a crisis rule (what the prefilter predicts).
    func anchored(_ text: String) -> Bool {
        lexicon.tokenizer.tokenize(text).anchors & lexicon.crisis.anchorBit != 0
    }

    func check(_ text: String) {
        if anchored(text) { #expect(lexicon.crisisPrefilter.mayMatch(text), "skipped: \(text)") }
    }

    @Test func wordsThatStartRulesAreNeverSkipped() {
        var words: [String] = []
        for rule in lexicon.crisis.rules {
            RuleSet.forEachFirstWord(of: rule.steps, classes: lexicon.classes, vocabularySize: lexicon.vocabulary.count) {
                words.append(lexicon.vocabulary.word($0))
            }
        }
        words += lexicon.crisis.required.keys.map { lexicon.vocabulary.word($0) }
        words += ["gonna", "wanna", "cannot", "cant", "dont", "didnt", "wont", "isnt"]
        #expect(words.contains("kill") && words.contains("not") && words.contains("suicide"))
        let frames = ["%", "%.", " %", "(%)", "\"%\"", "x %", "%-y", "%'s", "%’s", "%n't", "%N’T", "%'ll", "é%", "%é", "%3", "3%", "%.5", "‘%’", "%—", "%…"]
        for word in words {
            for spelling in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                for frame in frames { check(frame.replacingOccurrences(of: "%", with: spelling)) }
            }
        }
    }

    @Test(arguments: [
        "I don't know", "I DON’T know", "can't", "won't", "ain't", "shan't", "it isn't", "I'm fine", "It’s ok",
        "gonna be fine", "Wanna go?", "cannot", "Dont", "no", "No.", "Never again", "killjoy", "skill", "spend",
        "self-harm", "notebook", "knot", "o'clock", "rock'n'roll", "don", "n't", "'n't", "", "’", "n’",
        "Asked Mum if the lump is nothing", "Checked the stove three times", "3.5 hours", "v1.2",
    ])
    func trickyTextsAgreeWithTheTokenizer(_ text: String) {
        check(text)
    }

    @Test func plainFieldTextsAreSkipped() {
        #expect(!lexicon.crisisPrefilter.mayMatch("Checked the stove three times"))
        #expect(!lexicon.crisisPrefilter.mayMatch("Asked Mum about the lump"))
        // The prefilter looks for key words, which are rare: "don't" and "gonna" no longer let a
        // text through, "live" and "suicidal" do.
        #expect(!lexicon.crisisPrefilter.mayMatch("I don't know"))
        #expect(!lexicon.crisisPrefilter.mayMatch("gonna"))
        #expect(lexicon.crisisPrefilter.mayMatch("I don't want to live"))
        #expect(lexicon.crisisPrefilter.mayMatch("Feeling SUICIDAL."))
    }

    /// Every line and every word-boundary suffix of a folder of journals
    /// (`STEADY_PREFILTER_CORPUS=/path`); skipped when unset.
    @Test func corpusAgreesWithTheTokenizer() throws {
        guard let folder = ProcessInfo.processInfo.environment["STEADY_PREFILTER_CORPUS"] else { return }
        var checked = 0, skipped = 0
        let files = FileManager.default.enumerator(atPath: folder)!
        while let name = files.nextObject() as? String {
            guard name.hasSuffix(".md") else { continue }
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") {
                for piece in [String(line)] + line.split(separator: " ").map(String.init) {
                    checked += 1
                    if !lexicon.crisisPrefilter.mayMatch(piece) {
                        skipped += 1
                        #expect(!anchored(piece), "skipped: \(piece)")
                    }
                }
            }
        }
        print("prefilter corpus check: \(checked) texts, \(skipped) skipped")
    }
}
