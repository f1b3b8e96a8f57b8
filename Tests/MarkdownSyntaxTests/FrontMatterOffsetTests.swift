import Testing
@testable import MarkdownSyntax

/// cmark is given only what follows the front matter, and the copier adds the lines skipped.
/// The tree must be the one cmark builds when the front matter is blanked line for line.
@Suite struct FrontMatterOffsetTests {
    @Test(arguments: [
        "# 2026-11-28\n\ntext *em* `code`\nmore\\\nlast  \nend\n\n- item\n  > quote <!-- c -->\n",
        "\ntext\n\n```\nfenced\n```\n<div>\nhtml\n</div>\n\nSetext\n===\n",
        "\r\nwindows\r\nlines\r\n",
        "tail without newline",
        "\n\n\n",
        "",
    ])
    func treeIsTheBlankedOne(_ body: String) {
        for frontMatter in ["---\ntitle: x\nmood: ok\n---", "---\n---", "---\r\na: b\r\n..."] {
            let withFrontMatter = MarkdownParser.parse(frontMatter + (body.isEmpty ? "" : "\n") + body)
            // Counted in bytes: "\r\n" is one Character.
            let lineEndings = frontMatter.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            let blanked = MarkdownParser.parse(String(repeating: "\n", count: lineEndings) + (body.isEmpty ? "" : "\n") + body)
            #expect(withFrontMatter.frontMatter != nil)
            #expect(withFrontMatter.children == blanked.children, "\(frontMatter.debugDescription) + \(body.debugDescription)")
            // The document's end is read back over blank lines in the source, which the blanked
            // text has where the front matter is: comparable only when the body has content.
            if body.contains(where: { !$0.isWhitespace }) {
                #expect(withFrontMatter.range == blanked.range, "\(frontMatter.debugDescription) + \(body.debugDescription)")
            }
        }
    }
}
