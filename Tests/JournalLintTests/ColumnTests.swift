@testable import JournalLint
import Testing

/// Columns are 1-based UTF-8 byte offsets: exact after emoji, CJK, accents, tabs and markup.
@Suite("Columns after multi-byte text")
struct ColumnTests {
    static let claim = "He's going to leave me."
    /// The claim's span is the clause without its full stop.
    static let claimLength = 22

    @Test("A claim after multi-byte text on the same line", arguments: [
        "Café 🙂 大丈夫. ",
        "🙂 ",
        "naïve, déjà vu. ",
        "e\u{301}tude. ",
        "大丈夫？ ",
        "👩‍❤️‍👨 🇯🇵 ",
        "Café\t🙂. ",
        "*Café* 🙂. ",
        "**大丈夫** and `code 🙂`. ",
        "[a link 🙂](https://example.com/#tag). ",
        "<span>🙂</span>. ",
        "#no-reply 🙂. ",
    ])
    func claimAfterPrefix(prefix: String) throws {
        let text = "# 2026-11-28\n\n\(prefix)\(Self.claim)\n"
        let finding = try #require(findings("unsupported-catastrophizing", in: text).first)
        let column = prefix.utf8.count + 1
        #expect(finding.start == Place(3, column))
        #expect(finding.end == Place(3, column + Self.claimLength))
        let line = Array(finding.lineText.utf8)
        #expect(String(decoding: line[(column - 1)..<(column - 1 + Self.claimLength)], as: UTF8.self) == "He's going to leave me")
    }

    @Test("A claim on a paragraph's second line, after a multi-byte first line")
    func secondLine() {
        let text = "# 2026-11-28\n\nCafé au lait, 大丈夫 🙂.\n🙂. \(Self.claim)\n"
        #expect(findings("unsupported-catastrophizing", in: text).map(\.start) == [Place(4, 7)])
    }

    @Test("A claim's span is its clause: it starts where the sentence (or clause) starts")
    func clauseStart() {
        let text = "# 2026-11-28\n\nCafé 🙂 and \(Self.claim)\n"
        #expect(findings("unsupported-catastrophizing", in: text).map(\.start) == [Place(3, 1)])
    }

    @Test("A claim after an entity or a backslash escape on the same line", arguments: ["Tom &amp; Jerry 🙂. ", "Tom \\& Jerry 🙂. ", "Caf&eacute; 🙂. "])
    func afterEntity(prefix: String) throws {
        let text = "# 2026-11-28\n\n\(prefix)\(Self.claim)\n"
        let finding = try #require(findings("unsupported-catastrophizing", in: text).first)
        #expect(finding.start == Place(3, prefix.utf8.count + 1))
        #expect(finding.end == Place(3, prefix.utf8.count + 1 + Self.claimLength))
    }

    @Test("A claim in a list item and in a heading, after multi-byte text")
    func listAndHeading() {
        let list = "# 2026-11-28\n\n- 🙂 \(Self.claim)\n"
        #expect(findings("unsupported-catastrophizing", in: list).map(\.start) == [Place(3, 8)])
        let nested = "# 2026-11-28\n\n- 大丈夫\n  - 🙂 \(Self.claim)\n"
        #expect(findings("unsupported-catastrophizing", in: nested).map(\.start) == [Place(4, 10)])
        let heading = "# 2026-11-28\n\n## 21:40 大丈夫? \(Self.claim)\n"
        #expect(findings("unsupported-catastrophizing", in: heading).map(\.start) == [Place(3, 21)])
    }

    @Test("CRLF line endings do not move columns")
    func crlf() throws {
        let text = "# 2026-11-28\r\n\r\nCafé 🙂. \(Self.claim)\r\n"
        let finding = try #require(findings("unsupported-catastrophizing", in: text).first)
        #expect(finding.start == Place(3, 13))
        #expect(finding.end == Place(3, 13 + Self.claimLength))
        #expect(finding.lineText == "Café 🙂. \(Self.claim)")
    }

    @Test("A prose reassurance act after multi-byte text")
    func proseAct() {
        let text = "# 2026-11-28\n\nreassurance: asked once\n\n## 21:00\nCafé 🙂. I asked him again if we're okay.\n"
        #expect(findings("excessive-reassurance", in: text).map(\.start) == [Place(6, 13)])
    }

    @Test("Crisis language after multi-byte text")
    func crisis() throws {
        let text = "# 2026-11-28\n\n大丈夫じゃない. I want to kill myself.\n"
        let finding = try #require(findings("crisis-language", in: text).first)
        #expect(finding.start == Place(3, "大丈夫じゃない. ".utf8.count + 1))
    }

    @Test("Invalid field values after multi-byte text on a trajectory", arguments: [
        ("temp: red → yellow → 紫", 26),
        ("temp: red → 🙂", 15),
        ("- temp: red → blau", 17),
    ])
    func fieldValue(line: String, column: Int) {
        let found = findings("invalid-field-value", in: "# 2026-11-28\n\n\(line)\n")
        #expect(found.map(\.start) == [Place(3, column)])
    }

    @Test("Field keys in list items and after multi-byte lines of a paragraph")
    func fieldKeys() {
        #expect(findings("unknown-field", in: "# 2026-11-28\n\n- tmp: red\n").map(\.start) == [Place(3, 3)])
        #expect(findings("unknown-field", in: "# 2026-11-28\n\nCafé 🙂 大丈夫\ntmp: red\n").map(\.start) == [Place(4, 1)])
    }
}
