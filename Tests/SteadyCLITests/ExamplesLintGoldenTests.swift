import Foundation
import Testing

/// The findings of `steady lint Examples/` as `path:line:col severity rule`, one per line, in
/// Fixtures/examples-lint.golden. Reviewed by hand against the story the examples tell (see the
/// commit that added it); regenerate with STEADY_UPDATE_GOLDENS=1 and review the diff.
enum ExamplesLintGolden {
    static func lines() throws -> [String] {
        let text = try String(contentsOf: SteadyBinary.fixture("examples-lint.golden"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}

@Suite("steady lint Examples/ golden")
struct ExamplesLintGoldenTests {
    @Test("the findings on Examples/ are exactly the reviewed ones")
    func findingsMatchTheGolden() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--format", "json"])
        #expect(output.status == 0, "Examples/ has warnings and notes only: \(output.transcript)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        let actual = findings.map { finding in
            "\(finding["path"] ?? ""):\(finding["line"] ?? 0):\(finding["column"] ?? 0) \(finding["severity"] ?? "") \(finding["rule"] ?? "")"
        }
        if ProcessInfo.processInfo.environment["STEADY_UPDATE_GOLDENS"] == "1" {
            let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            try (actual.joined(separator: "\n") + "\n").write(
                to: packageRoot.appendingPathComponent("Tests/SteadyCLITests/Fixtures/examples-lint.golden"), atomically: true, encoding: .utf8)
        }
        let expected = try ExamplesLintGolden.lines()
        #expect(actual == expected, "differences: \(Set(actual).symmetricDifference(expected).sorted())")
    }
}
