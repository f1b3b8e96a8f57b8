import Foundation
import Testing
@testable import JournalModel

/// Builds every journal in the tidy folders of `Examples/` (`daily/`, `jrnl/`, `monthly/`) and
/// compares it with the hand-counted `Tests/SteadyCLITests/Fixtures/examples-expected.json`.
/// `Examples/messy/` has its own checks (`MessyExamplesTests`).
@Suite struct ExamplesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One entry in the fixture's terms.
    struct Summary: Equatable, CustomStringConvertible {
        var file: String
        var date: String
        var time: String?
        var title: String
        var tags: [String]
        var temperatures: [String]
        var evidence: [String: Int]?
        var reassurance: Int
        var urges: [String]
        var regulate: [String]
        var facts: Int

        var description: String {
            "\(file) \(date) \(time ?? "-") \"\(title)\" tags=\(tags) temps=\(temperatures) evidence=\(evidence.map { "\($0.sorted { $0.key < $1.key })" } ?? "null") reassurance=\(reassurance) urges=\(urges) regulate=\(regulate) facts=\(facts)"
        }
    }

    /// The tidy folders the fixture counts.
    static let tidyFolders = ["daily/", "jrnl/", "monthly/"]

    static func examplePaths() throws -> [String] {
        let root = packageRoot.appendingPathComponent("Examples")
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }
            .filter { path in tidyFolders.contains { path.hasPrefix($0) } }
            .map { "Examples/" + $0 }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func actual() throws -> [Summary] {
        var result: [Summary] = []
        for path in try examplePaths() {
            let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(path)))
            let journal = JournalBuilder.build(bytes: bytes, path: path)
            #expect(journal.problems.isEmpty, "\(path): \(journal.problems.map(\.message))")
            for entry in journal.entries {
                var evidence: [String: Int]?
                if !entry.evidence.isEmpty {
                    let items = entry.evidence.flatMap(\.filledItems)
                    evidence = Dictionary(uniqueKeysWithValues: EvidenceStance.allCases.map { stance in
                        (stance.rawValue, items.filter { $0.stance == stance }.count)
                    })
                }
                result.append(Summary(
                    file: path, date: entry.date.description, time: entry.time?.description, title: entry.title,
                    tags: entry.tagNames, temperatures: entry.temperatures.map(\.value.rawValue), evidence: evidence,
                    reassurance: entry.reassurance.count,
                    urges: entry.urges.map { $0.outcome == .unspecified ? "unknown" : $0.outcome.rawValue },
                    regulate: entry.regulation.flatMap(\.techniques), facts: entry.facts.count))
            }
        }
        return result
    }

    static func expected() throws -> [Summary] {
        let url = packageRoot.appendingPathComponent("Tests/SteadyCLITests/Fixtures/examples-expected.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try #require(root["entries"] as? [[String: Any]])
        return try entries.map { e in
            Summary(
                file: try #require(e["file"] as? String), date: try #require(e["date"] as? String), time: e["time"] as? String,
                title: try #require(e["title"] as? String), tags: try #require(e["tags"] as? [String]),
                temperatures: try #require(e["temperatures"] as? [String]), evidence: e["evidence"] as? [String: Int],
                reassurance: try #require(e["reassurance"] as? Int), urges: try #require(e["urges"] as? [String]),
                regulate: try #require(e["regulate"] as? [String]), facts: try #require(e["facts"] as? Int))
        }
    }

    @Test func everyExampleFileIsInTheFixture() throws {
        let files = Set(try Self.expected().map(\.file))
        #expect(Set(try Self.examplePaths()) == files)
    }

    @Test func examplesMatchTheHandCountedFixture() throws {
        let expected = try Self.expected()
        let actual = try Self.actual()
        #expect(expected.count == 37)
        #expect(actual.count == expected.count)
        for (index, pair) in zip(expected, actual).enumerated() where pair.0 != pair.1 {
            Issue.record("entry \(index + 1) differs:\n  expected \(pair.0)\n  actual   \(pair.1)")
        }
    }
}
