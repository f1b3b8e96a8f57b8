/// `folder:`: where new entries' files go, as a pattern relative to the configuration file's
/// folder: `journal/{yyyy}/{mm}/` puts the files of November 2026 in `journal/2026/11/`.
///
/// Only relative patterns without `..` are taken, so `steady new` never writes outside the
/// journal folder the configuration sits in.
public struct FolderPattern: Sendable, Hashable, CustomStringConvertible {
    /// The placeholders a pattern may hold, in the order messages list them.
    public static let placeholders = ["yyyy", "mm", "dd"]

    /// The pattern as written; empty for the configuration file's own folder.
    public let pattern: String

    /// Why a pattern is refused.
    public enum Problem: Error, Sendable, Hashable {
        case absolute
        case leavesFolder
        case unknownPlaceholder(String)
        case unclosedPlaceholder
    }

    /// The folder itself (no sub-folders).
    public static let here = FolderPattern(checked: "")

    private init(checked pattern: String) { self.pattern = pattern }

    /// Checks `pattern`; the problem, when it is refused.
    public static func parse(_ pattern: String) -> Result<FolderPattern, Problem> {
        if pattern.hasPrefix("/") || pattern.hasPrefix("~") { return .failure(.absolute) }
        if pattern.split(separator: "/").contains("..") { return .failure(.leavesFolder) }
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return .failure(.unclosedPlaceholder) }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else { return .failure(.unknownPlaceholder(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return .success(FolderPattern(checked: pattern))
    }

    /// The folder for a day, relative to the configuration's folder: no trailing `/`, empty for
    /// the folder itself.
    public func folder(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var folder = pattern
            .replacing("{yyyy}", with: padded(year, 4))
            .replacing("{mm}", with: padded(month, 2))
            .replacing("{dd}", with: padded(day, 2))
        while folder.hasSuffix("/") { folder.removeLast() }
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        return folder == "." ? "" : folder
    }

    public var description: String { pattern }
}
