import Foundation

/// The shapes issue 17 found hostile, made in code so the corpus needs no large files: deep
/// nesting, lone CR and CR-only endings, control characters, invalid UTF-8, the ends of the
/// date range, a huge paragraph of claims and odd headings.
enum HostileSeeds {
    static func all() -> [(name: String, bytes: [UInt8])] {
        let entry = "# 2026-11-28\n\n## 23:10 Work email\n\ntemp: 7\ntags: work, sleep\n\nI will definitely get fired tomorrow.\n\n### Evidence\n\n- against: my review was fine\n"
        var seeds: [(String, [UInt8])] = [
            ("hostile-lone-cr", Array(entry.replacingOccurrences(of: "\n\n", with: "\n\r").utf8)),
            ("hostile-cr-only", Array(entry.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("hostile-mixed-endings", Array("# 2026-11-28\r\n\r\n## 08:00 a\r\rtemp: 4\ntags: x\r\n\rI will fail.\n".utf8)),
            ("hostile-controls", Array("# 2026-11-28\n\n## 09:00 \u{1B}]52;c;ZXZpbA==\u{07}title\n\ntemp: 5\n\n\u{1B}[2J\u{1B}[H\rsteady: all good \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{0}\u{7F}\u{9B}\n".utf8)),
            ("hostile-year-0001", Array("# 0001-01-01\n\n## 01:00 x\n\ntemp: 3\n\nEverything will go wrong.\n\n# 0001-01-02\n\n## 00:30 y\n".utf8)),
            ("hostile-year-9999", Array("# 9999-12-31\n\n## 23:59 last\n\ntemp: 9\n\nI'm going to lose everything.\n\n# 9999-12-30\n\n## 03:59 z\n".utf8)),
            ("hostile-odd-headings", Array("#2026-11-28\n# 2026-13-40\n# 2026-02-29\n## 25:61 bad\n## 00:00\n###### 12:00 deep\n# \n##\n# 2026-11-28 #\n   ## 07:00 indented\nSetext\n======\n## 7:5 x\n".utf8)),
        ]
        var invalid = Array("# 2026-11-28\n\n## 10:00 bytes\n\ntemp: 6\n\n".utf8)
        invalid += [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xE2, 0x82, 0x0A, 0xC3]
        seeds.append(("hostile-invalid-utf8", invalid))
        var claims = "# 2026-11-28\n\n## 22:00 spiral\n\n"
        for i in 0..<4_000 { claims += i % 3 == 0 ? "I will definitely fail. " : (i % 3 == 1 ? "Everyone will hate me. " : "This always ruins everything. ") }
        seeds.append(("hostile-claims-paragraph", Array(claims.utf8)))
        // Deep nesting: well past any depth a person writes, and (last) the depths that
        // overflowed the stack before issue 17's fix.
        seeds.append(("hostile-deep-quote", Array(("# 2026-11-28\n\n## 01:00 q\n\n" + String(repeating: "> ", count: 2_000) + "x\n").utf8)))
        seeds.append(("hostile-deep-list", Array(("# 2026-11-28\n\n## 01:00 l\n\n" + String(repeating: "- ", count: 2_000) + "x\n").utf8)))
        seeds.append(("hostile-deep-quote-45000", Array((String(repeating: ">", count: 45_000) + " x\n").utf8)))
        seeds.append(("hostile-deep-list-25000", Array((String(repeating: "- ", count: 25_000) + "x\n").utf8)))
        return seeds
    }
}
