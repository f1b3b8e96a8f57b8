/// The traffic light of emotional temperature: red (flooded), yellow (activated), green (calm).
public enum Temperature: String, Sendable, Hashable, CaseIterable, Comparable {
    case green, yellow, red

    /// Higher is hotter: green 0, yellow 1, red 2.
    public var heat: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: Temperature, rhs: Temperature) -> Bool { lhs.heat < rhs.heat }
}
