import Foundation
import ThinkingTraps

/// One scored row, as written to the errors (or predictions) file.
struct MisclassifiedThought {
    /// "false-positive", "false-negative" (or "true-positive"/"true-negative" in predictions).
    let error: String
    let thought: LabelledThought
    let claims: [ClaimMatch]

    var jsonObject: [String: Any] {
        [
            "error": error,
            "text": thought.text,
            "votes": thought.votes,
            "cues": claims.map { ["cue": $0.cue, "kind": $0.kind.rawValue, "tier": $0.tier.rawValue, "source": $0.cueSource.rawValue, "span": spanText($0)] as [String: Any] },
        ]
    }

    private func spanText(_ claim: ClaimMatch) -> String {
        let bytes = Array(thought.text.utf8)
        guard claim.utf8Range.upperBound <= bytes.count else { return "" }
        return String(decoding: bytes[claim.utf8Range], as: UTF8.self)
    }
}

/// Writes misclassified rows as JSONL.
func writeErrors(_ errors: [MisclassifiedThought], to path: String) throws {
    var output = Data()
    for error in errors {
        output.append(try JSONSerialization.data(withJSONObject: error.jsonObject, options: [.sortedKeys, .withoutEscapingSlashes]))
        output.append(0x0A)
    }
    try output.write(to: URL(fileURLWithPath: path))
}
