import Foundation
@testable import JournalLint

/// Rule ids the configuration tests validate against (the real registry is not needed here).
let configurationTestRuleIDs: Set<String> = ["unsupported-catastrophizing", "entry-out-of-order", "reassurance-limit"]

/// Parses configuration text as if it were `/journal/.steady.yml`.
func parseTestConfiguration(_ yaml: String) throws(ConfigurationError) -> LintConfiguration {
    try ConfigurationLoader.parse(yaml, path: "/journal/.steady.yml", knownRuleIDs: configurationTestRuleIDs)
}
