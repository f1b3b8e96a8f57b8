/// Lines of journal text and of every kind of block syntax, for random mixes that test cutting an
/// input into parts: fences, HTML blocks, setext underlines and lazy lines are what cuts must respect.
enum BlockSyntaxLines {
    static let all = [
        "# 2026-11-28", "## 21:40 late", "### 1am", "text with *emphasis*", "- item", "  continued", "1. first",
        "> quote", "```", "~~~", "<div>", "</div>", "<!--", "-->", "    code", "", "", "temp: red", "#tag line",
        "setext", "===", "---", "evidence:", "  - for: x", "text\\", "**strong", "end**", "\t# tab", "#",
        "- ```", "> ~~~", "- <div>", "> setext", "> ===", "  ===", "<pre>", "</pre>", "   # indented heading", "#\r# cr",
    ]
}
