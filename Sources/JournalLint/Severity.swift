/// How serious a finding is. Ordered: `note` < `warning` < `error`.
///
/// Encoded as the lower-case names (`"error"`), which is how configuration, JSON output and
/// people spell them.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Something worth knowing; never a reason to stop.
    case note
    /// Something probably worth changing.
    case warning
    /// Something that breaks the journal format or a rule the person asked to be strict about.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var description: String { rawValue }
}
