import Foundation
import Testing
@testable import MarkdownSyntax

/// Golden tests for `TreeDump.render`: every `Goldens/NAME.md` is parsed and its dump compared
/// with `Goldens/NAME.tree`.
///
/// The goldens are read from the test bundle (`Bundle.module`). To rewrite them after an
/// intended change of the dump, run
///
///     STEADY_UPDATE_GOLDENS=1 swift test --filter GoldenTreeDumpTests
///
/// which writes the current output into the source tree (`Tests/MarkdownSyntaxTests/Goldens`),
/// then read the diff by eye before committing: goldens must be right, not just current.
@Suite struct GoldenTreeDumpTests {
    static let goldensInBundle: URL? = Bundle.module.url(forResource: "Goldens", withExtension: nil)

    /// The golden folder in the source tree, for `STEADY_UPDATE_GOLDENS=1`.
    static let goldensInSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static var names: [String] {
        guard let folder = goldensInBundle,
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["STEADY_UPDATE_GOLDENS"] == "1" }

    @Test func goldensArePresent() throws {
        let names = Self.names
        #expect(names.count >= 12, "expected the golden inputs in the test bundle, found \(names)")
        let folder = try #require(Self.goldensInBundle)
        for name in names {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + ".tree").path), "Goldens/\(name).md has no \(name).tree")
        }
    }

    @Test(arguments: names)
    func treeDumpMatchesGolden(_ name: String) throws {
        let folder = try #require(Self.goldensInBundle)
        let input = try Data(contentsOf: folder.appendingPathComponent(name + ".md"))
        let actual = TreeDump.render(MarkdownParser.parse([UInt8](input)))
        if Self.updating {
            try actual.write(to: Self.goldensInSource.appendingPathComponent(name + ".tree"), atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: folder.appendingPathComponent(name + ".tree"), encoding: .utf8)
        #expect(actual == expected, "\(name).tree differs (STEADY_UPDATE_GOLDENS=1 rewrites it):\n\(lineDiff(expected: expected, actual: actual))")
    }
}

/// A line-by-line comparison that names the first lines that differ, `-` expected, `+` actual.
func lineDiff(expected: String, actual: String, limit: Int = 20) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(old.count, new.count) where out.count < limit * 3 {
        let a = index < old.count ? String(old[index]) : nil
        let b = index < new.count ? String(new[index]) : nil
        guard a != b else { continue }
        out.append("line \(index + 1):")
        out.append("- " + (a ?? "<missing>"))
        out.append("+ " + (b ?? "<missing>"))
    }
    return out.joined(separator: "\n")
}
