import ThinkingTraps

/// The one step that decides whether a text is catastrophizing. Kept apart from reading and
/// scoring so it can later be swapped for "wrap the text in a dated entry and run the linter".
let detector = CatastrophizingDetector()

func classify(_ text: String) -> [ClaimMatch] {
    detector.claims(in: text)
}
