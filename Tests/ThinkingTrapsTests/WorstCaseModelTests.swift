import Testing
@_spi(Training) import ThinkingTraps

/// Tier 2's word model: its file, its features, and how a sentence it scores is reported.
@Suite struct WorstCaseModelTests {
    /// A tiny model: "doom" and the pair "never again" weigh; everything else is the bias.
    let model = WorstCaseModel(features: [(name: "doom", weight: 4), (name: "never again", weight: 3), (name: "picnic", weight: -2)],
                               bias: -1, threshold: 0)

    @Test func theEmbeddedModelLoads() {
        let embedded = WorstCaseModel.embedded
        #expect(embedded.featureCount > 1000)
        #expect(embedded.threshold.isFinite)
    }

    @Test func eachSentenceIsScoredAlone() throws {
        let text = "We ate soup by the river. The doom is near."
        let claims = CatastrophizingDetector(possibleClaims: model).claims(in: text)
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(spanText(claim.utf8Range, in: text) == "The doom is near")
        #expect(claim.tier == .possible)
        #expect(claim.cueSource == .model)
        #expect(claim.cue == "doom")
    }

    @Test func theCueIsTheHeaviestWordsInTextOrder() throws {
        let claim = try #require(CatastrophizingDetector(possibleClaims: model).claims(in: "never again, doom").first)
        #expect(claim.cue == "never again, doom")
    }

    @Test func aSentenceBelowTheThresholdIsNotReported() {
        let detector = CatastrophizingDetector(possibleClaims: model)
        #expect(detector.claims(in: "A doom picnic picnic picnic.").isEmpty)
        #expect(detector.claims(in: "We went for a walk.").isEmpty)
    }

    @Test func contractionsAndRewritesAreTheSameWords() {
        let pairs = WorstCaseModel(features: [(name: "will not", weight: 5)], bias: -1, threshold: 0)
        let detector = CatastrophizingDetector(possibleClaims: pairs)
        #expect(detector.claims(in: "It won't.").count == 1)
        #expect(detector.claims(in: "It will not.").count == 1)
        #expect(detector.claims(in: "It wont.").count == 1)
    }

    @Test func someoneElsesThoughtIsNotReported() {
        #expect(CatastrophizingDetector(possibleClaims: model).claims(in: "My aunt says the doom is near.").isEmpty)
    }

    @Test func theFileRoundTrips() throws {
        let text = model.fileText(comment: ["a test model"])
        #expect(text.hasPrefix("# a test model\n@bias\t-1.0\n@threshold\t0.0\n"))
        let read = try WorstCaseModel(source: text)
        #expect(read.featureCount == 3)
        let sentence = "The doom is near, never again."
        #expect(CatastrophizingDetector(possibleClaims: read).claims(in: sentence) == CatastrophizingDetector(possibleClaims: model).claims(in: sentence))
    }

    @Test(arguments: ["@bias\t-1\nword\tnot-a-number\n@threshold\t0\n", "word\t1\n", "@bias\t-1\n@threshold\t0\none two three\n"])
    func aMalformedFileIsAnError(_ source: String) {
        #expect(throws: WorstCaseModel.FormatError.self) { try WorstCaseModel(source: source) }
    }

    @Test func trainingFeaturesAreTheWordsTheModelLooksUp() throws {
        let sentences = WorstCaseModel.trainingSentences(of: "He'll leave. Gonna cry")
        #expect(sentences.count == 2)
        // Words found in nearly every paragraph are no features alone, nor in pairs of such
        // words ("he will", "going to"): only in pairs with another word.
        #expect(sentences[0].features == ["leave", "will leave"])
        #expect(sentences[1].features == ["cry", "to cry"])
        // Each trained feature is found again by the model.
        let features = sentences.flatMap(\.features).map { (name: $0, weight: 1.0) }
        let everything = WorstCaseModel(features: features, bias: 0, threshold: 0)
        #expect(everything.featureCount == features.count)
        let claim = try #require(CatastrophizingDetector(possibleClaims: everything).claims(in: "Gonna cry.").first)
        #expect(claim.cue == "to cry")
        #expect(claim.cueSource == .model)
    }
}
