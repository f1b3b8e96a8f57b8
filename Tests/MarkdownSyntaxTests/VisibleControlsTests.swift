import Testing
import MarkdownSyntax

/// `withVisibleControls`: what reaches a terminal from the writer's words and file names.
@Suite struct VisibleControlsTests {
    @Test("C0 controls, DEL and C1 controls are written as \\u{…}; printable text, tab and non-ASCII letters are kept")
    func controlsMadeVisible() {
        #expect("a\u{1B}[2Jb".withVisibleControls() == "a\\u{1B}[2Jb")
        #expect("\u{1B}]52;c;aGk=\u{07}".withVisibleControls() == "\\u{1B}]52;c;aGk=\\u{07}")
        #expect("x\u{7F}y\u{9B}31mz\u{85}".withVisibleControls() == "x\\u{7F}y\\u{9B}31mz\\u{85}")
        #expect("\u{00}".withVisibleControls() == "\\u{00}")
        #expect("tab\there, café, 日本, ☕".withVisibleControls() == "tab\there, café, 日本, ☕")
        #expect("plain".withVisibleControls() == "plain")
    }

    @Test("line breaks: shown on one-line output; kept for multi-line text, where a lone CR is still shown")
    func lineBreaks() {
        #expect("a\nb\r\nc\rd".withVisibleControls() == "a\\u{0A}b\\u{0D}\\u{0A}c\\u{0D}d")
        #expect("a\nb\r\nc\rd".withVisibleControls(keepingLineBreaks: true) == "a\nb\r\nc\\u{0D}d")
        #expect("ends with CR\r".withVisibleControls(keepingLineBreaks: true) == "ends with CR\\u{0D}")
    }

    @Test("no raw control byte survives, whatever the input")
    func noControlByteSurvives() {
        var scalars = String.UnicodeScalarView()
        for value in 0..<0xA0 { scalars.append(Unicode.Scalar(UInt8(value))) }
        let shown = String(scalars).withVisibleControls()
        let bytes = Array(shown.utf8)
        #expect(!bytes.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F })
        #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) })
    }
}
