/// The shapes of catastrophizing the linter reports. Raw values are the names users see in
/// findings and configuration, so they never change once released.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The worst outcome predicted as certain: "he's going to leave me", "I'll end up alone".
    case fortuneTelling = "fortune-telling"
    /// Something made unbearable or total: "it's ruined", "I can't survive this".
    case magnification
    /// An unanswered chain of "what if …" about a bad outcome: "what if she never comes back".
    case whatIfSpiral = "what-if-spiral"
}
