import JournalModel

/// Suggests the known word a mistyped one was probably meant to be.
///
/// Edit distance (Levenshtein) catches typos (`max-per-dy`, `evidnce`); a prefix catches
/// abbreviations (`warn` → `warning`); comparing lower-cased catches `Error`. A suggestion is made
/// only when it is close, because a wrong "did you mean" sends people in the wrong direction.
public enum DidYouMean {
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            if candidate == lowered { return candidate }
            if lowered.count >= 3, candidate.hasPrefix(lowered) { return candidate }
            let distance = EditDistance.between(lowered, candidate)
            let allowed = max(2, candidate.count / 4)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }
}
