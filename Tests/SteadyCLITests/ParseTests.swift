import Foundation
import Testing

/// `steady parse --format json` over Examples/ against Fixtures/examples-expected.json.
@Suite("steady parse")
struct ParseTests {
    /// One entry reduced to what the fixture records.
    struct EntrySummary: Equatable, CustomStringConvertible {
        var file: String
        var date: String?
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
            "\(file) \(date ?? "-") \(time ?? "-") \"\(title)\" tags=\(tags) temps=\(temperatures) evidence=\(evidence.map { "\($0)" } ?? "null") reassurance=\(reassurance) urges=\(urges) regulate=\(regulate) facts=\(facts)"
        }
    }

    static func expectedEntries() throws -> [EntrySummary] {
        let data = try Data(contentsOf: SteadyBinary.fixture("examples-expected.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(root["entries"] as? [[String: Any]])
        return try entries.map { entry in
            EntrySummary(
                file: try #require(entry["file"] as? String),
                date: entry["date"] as? String,
                time: entry["time"] as? String,
                title: entry["title"] as? String ?? "",
                tags: entry["tags"] as? [String] ?? [],
                temperatures: entry["temperatures"] as? [String] ?? [],
                evidence: entry["evidence"] as? [String: Int],
                reassurance: entry["reassurance"] as? Int ?? -1,
                urges: entry["urges"] as? [String] ?? [],
                regulate: entry["regulate"] as? [String] ?? [],
                facts: entry["facts"] as? Int ?? -1
            )
        }
    }

    /// Reduces `steady parse --format json` output to fixture form: unique tag names in order,
    /// evidence items counted by stance over all sections (null when there is none), urge
    /// outcome "unspecified" written "unknown" as the fixture does, facts and reframes counted.
    static func actualEntries(_ json: [UInt8]) throws -> (schemaVersion: Int?, entries: [EntrySummary]) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        var result: [EntrySummary] = []
        for file in files {
            let path = try #require(file["path"] as? String)
            for entry in file["entries"] as? [[String: Any]] ?? [] {
                var tags: [String] = []
                for tag in entry["tags"] as? [[String: Any]] ?? [] {
                    if let name = tag["name"] as? String, !tags.contains(name) { tags.append(name) }
                }
                let sections = entry["evidence"] as? [[String: Any]] ?? []
                var evidence: [String: Int]?
                if !sections.isEmpty {
                    var counts = ["for": 0, "against": 0, "neutral": 0]
                    for section in sections {
                        for item in section["items"] as? [[String: Any]] ?? [] {
                            counts[item["stance"] as? String ?? "?", default: 0] += 1
                        }
                    }
                    evidence = counts
                }
                result.append(EntrySummary(
                    file: path,
                    date: entry["date"] as? String,
                    time: entry["time"] as? String,
                    title: entry["title"] as? String ?? "",
                    tags: tags,
                    temperatures: (entry["temperatures"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String },
                    evidence: evidence,
                    reassurance: (entry["reassurance"] as? [Any])?.count ?? -1,
                    urges: (entry["urges"] as? [[String: Any]] ?? []).map {
                        let outcome = $0["outcome"] as? String ?? "?"
                        return outcome == "unspecified" ? "unknown" : outcome
                    },
                    regulate: (entry["regulate"] as? [[String: Any]] ?? []).flatMap { $0["techniques"] as? [String] ?? [] },
                    facts: (entry["facts"] as? [Any])?.count ?? -1
                ))
            }
        }
        return (root["schemaVersion"] as? Int, result)
    }

    @Test("parse --format json over the tidy folders of Examples/ lists every expected entry")
    func examplesMatchFixture() async throws {
        // The hand-counted fixture covers the tidy folders; Examples/messy/ has MessyExamplesTests.
        let output = try await SteadyBinary.run(["parse", "Examples/daily/", "Examples/jrnl/", "Examples/monthly/", "--format", "json"])
        #expect(output.status == 0, "\(output.transcript)")
        let (schemaVersion, actual) = try Self.actualEntries(output.stdout)
        let expected = try Self.expectedEntries()
        #expect(schemaVersion == 1)
        #expect(expected.count == 37)
        #expect(actual.count == expected.count, "entry count")
        for (index, (got, want)) in zip(actual, expected).enumerated() {
            #expect(got == want, "entry \(index)\n got: \(got)\nwant: \(want)")
        }
    }

    @Test("parse output is the same for --jobs 1 and --jobs 4")
    func parseJobsDeterministic() async throws {
        let one = try await SteadyBinary.run(["parse", "Examples/", "--format", "json", "--jobs", "1"])
        let four = try await SteadyBinary.run(["parse", "Examples/", "--format", "json", "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
    }

    @Test("parse --format tree and markdown run on Examples/", arguments: ["tree", "markdown"])
    func otherFormats(format: String) async throws {
        let output = try await SteadyBinary.run(["parse", "Examples/daily/2026-11-20.md", "--format", format])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("2026-11-20"))
    }
}
