import Foundation
import Testing
@testable import ThinkingTraps

/// The matcher tries a rule only in a stretch that holds its key word and every word it needs
/// (`RequiredWords`): it must find exactly what trying every rule everywhere finds.
@Suite struct RequiredWordsTests {
    let lexicon = CompiledLexicon.shared

    /// Every rule tried at every position up to the next break its set stops at, in text order, then rule order.
    func unfilteredMatches(of rules: RuleSet, in analysis: TextAnalysis) -> [String] {
        let tokens = analysis.tokens
        var found: [String] = []
        for position in tokens.indices {
            var end = position + 1
            while end < tokens.count, tokens[end].breakBefore.rawValue < rules.stretchBreak.rawValue { end += 1 }
            var matcher = analysis.matcher
            matcher.gapStop = rules.gapStop
            for rule in rules.rules.indices {
                let steps = Array(rules.steps[rules.stepBounds[rule]..<rules.stepBounds[rule + 1]])
                let match = steps.withUnsafeBufferPointer { matcher.match($0, at: position, limit: end) }
                if let match { found.append("\(rules.rules[rule].line) \(match.start) \(match.end) \(match.consumed)") }
            }
        }
        return found
    }

    func check(_ text: String) {
        let analysis = TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text))
        for rules in [lexicon.claims, lexicon.reassurance, lexicon.crisis, lexicon.exceptions, lexicon.crisisExceptions] {
            let filtered = analysis.matches(of: rules).map { "\($0.rule.line) \($0.match.start) \($0.match.end) \($0.match.consumed)" }
            #expect(filtered == unfilteredMatches(of: rules, in: analysis), "\(text)")
        }
    }

    static let texts = [
        "He's going to leave me. I know it.", "What if she never comes back? Then I'd still have my friends.",
        "I can't survive this, it's a disaster and my life is ruined.", "I asked him again if we're okay, then texted her to check we were fine.",
        "I want to die. I'm going to kill myself; I wish I was dead.", "I'd die of embarrassment, this traffic is killing me.",
        "Everything is falling apart and I will end up alone forever, broken and homeless for the rest of my life.",
        "Maybe he was in an accident. He must be dead. She will definitely break up with me tonight!",
        "No one will ever love me. Nobody is going to want me. I'm not going to make it.",
        "It was the worst day of my life, more than I can handle, too much to bear.",
        "Kept checking his location and reread our old texts; made him promise again that we're good.",
        "I'm better off dead, there's no reason to live, I don't want to be here anymore.",
        "self-harm, SELF HARM, hurt myself, cut myself, end it all — not worth living",
        "what if he's mad at me what if he leaves what if they're done with me",
        "", "a", "the end of the day", "I'm done.", "over and over again I asked",
    ]

    @Test(arguments: texts) func findsWhatTryingEveryRuleFinds(_ text: String) {
        check(text)
    }

    /// Every line of the example journals, and of the dev set when it is present.
    @Test func exampleJournalsAgree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        let files = FileManager.default.enumerator(atPath: root.appendingPathComponent("Examples").path)
        while let name = files?.nextObject() as? String {
            guard name.hasSuffix(".md") else { continue }
            let text = try String(contentsOf: root.appendingPathComponent("Examples/" + name), encoding: .utf8)
            for line in text.split(separator: "\n") { check(String(line)); checked += 1 }
        }
        let dev = root.deletingLastPathComponent().appendingPathComponent("shared/datasets/thinking-traps-dev.jsonl")
        if let data = try? String(contentsOf: dev, encoding: .utf8) {
            for line in data.split(separator: "\n") { check(String(line)); checked += 1 }
        }
        #expect(checked > 0)
    }

    /// A key word stands for each phrase of a rule's key step, so keys are never empty.
    @Test func everyRuleSetHasKeys() {
        for rules in [lexicon.claims, lexicon.reassurance, lexicon.crisis, lexicon.exceptions, lexicon.crisisExceptions] {
            #expect(!rules.required.keys.isEmpty)
        }
        // Rare words stand for their rules, common ones do not.
        let keys = Set(lexicon.crisis.required.keys.map { lexicon.vocabulary.word($0) })
        #expect(keys.contains("suicide") && !keys.contains("i") && !keys.contains("not"))
    }
}
