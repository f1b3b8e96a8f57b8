import Foundation
@testable import JournalLint

/// Rule ids the configuration tests validate against (the real registry is not needed here).
let configurationTestRuleIDs: Set<String> = ["unsupported-catastrophizing", "entry-out-of-order", "reassurance-limit"]

/// Parses configuration text as if it were `/journal/.steady.yml`.
func parseTestConfiguration(_ yaml: String) throws(ConfigurationError) -> LintConfiguration {
    try ConfigurationLoader.parse(yaml, path: "/journal/.steady.yml", knownRuleIDs: configurationTestRuleIDs)
}

/// A fresh folder for discovery tests, removed when released.
final class ConfigurationTestFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/steady-config-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func file(_ relative: String, _ content: String = "") throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(toFile: full, atomically: false, encoding: .utf8)
        return full
    }
}
