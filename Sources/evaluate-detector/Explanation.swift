@_spi(Diagnostics) import ThinkingTraps

/// Prints what the detector sees in one text: claims with spans, and cues it dropped and why.
func explain(_ text: String) {
    print("» \(text)")
    let bytes = Array(text.utf8)
    for claim in classify(text) {
        print("  claim \(claim.kind.rawValue) [\(claim.cue)]: \(String(decoding: bytes[claim.utf8Range], as: UTF8.self))")
    }
    for dropped in CatastrophizingDetector().droppedCues(in: text) {
        print("  dropped \(dropped.kind.rawValue) [\(dropped.cue)]: \(dropped.reason)")
    }
}
