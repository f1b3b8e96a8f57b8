import ThinkingTraps

/// The text a UTF-8 byte range points at, to check spans the way an editor would show them.
func spanText(_ range: Range<Int>, in text: String) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[range], as: UTF8.self)
}

let detector = CatastrophizingDetector()

/// The claims in `text`, as (kind, span text) pairs.
func claimSpans(_ text: String, using detector: CatastrophizingDetector = detector) -> [(ClaimKind, String)] {
    detector.claims(in: text).map { ($0.kind, spanText($0.utf8Range, in: text)) }
}

func kinds(_ text: String) -> [ClaimKind] { detector.claims(in: text).map(\.kind) }
