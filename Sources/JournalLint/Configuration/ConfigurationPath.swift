/// Path arithmetic on strings for configuration discovery (JournalLint does not depend on
/// JournalFiles, which has the same helpers for the finder).
enum ConfigurationPath {
    /// `path` joined to `base` when relative, with `.`, `..` and repeated `/` removed by text.
    static func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for component in joined.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder of an absolute, normalised path; `/` for the root and its children.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func appending(_ name: String, to folder: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }
}
