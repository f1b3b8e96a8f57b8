import LanguageServerProtocol
import Testing

@Suite("Content-Length framing")
struct MessageSplitterTests {
    static func framed(_ json: String) -> [UInt8] { MessageFraming.frame(Array(json.utf8)) }

    @Test("a message split at every byte comes out whole, once")
    func splitEverywhere() {
        let bytes = Self.framed(#"{"jsonrpc":"2.0","method":"x","params":{"t":"é😀"}}"#)
        var splitter = MessageSplitter()
        var pieces: [MessageSplitter.Piece] = []
        for byte in bytes { pieces += splitter.append([byte]) }
        #expect(pieces == [.body(Array(#"{"jsonrpc":"2.0","method":"x","params":{"t":"é😀"}}"#.utf8))])
        #expect(!splitter.hasPartialMessage)
    }

    @Test("several messages in one chunk, and one cut inside its header, come out in order")
    func concatenated() {
        let one = Self.framed(#"{"a":1}"#), two = Self.framed(#"{"b":2}"#), three = Self.framed(#"{"c":3}"#)
        var splitter = MessageSplitter()
        let all = one + two + three
        var pieces = splitter.append(all[0..<(one.count + two.count + 5)])
        #expect(pieces == [.body(Array(#"{"a":1}"#.utf8)), .body(Array(#"{"b":2}"#.utf8))])
        #expect(splitter.hasPartialMessage)
        pieces = splitter.append(all[(one.count + two.count + 5)...])
        #expect(pieces == [.body(Array(#"{"c":3}"#.utf8))])
    }

    @Test("header names in any case, other fields ignored, an empty body allowed")
    func headerVariants() {
        var splitter = MessageSplitter()
        let text = "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}CONTENT-LENGTH:0\r\n\r\n"
        #expect(splitter.append(Array(text.utf8)) == [.body(Array("{}".utf8)), .body([])])
    }

    @Test("a header without Content-Length is skipped and the next message still read")
    func badHeader() {
        var splitter = MessageSplitter()
        let pieces = splitter.append(Array("Content-Type: x\r\n\r\n".utf8) + Self.framed("{}"))
        #expect(pieces.count == 2)
        if case .badHeader = pieces[0] {} else { Issue.record("expected a bad header first, got \(pieces[0])") }
        #expect(pieces[1] == .body(Array("{}".utf8)))
        var other = MessageSplitter()
        if case .badHeader = other.append(Array("Content-Length: lots\r\n\r\n".utf8)).first {} else { Issue.record("a length that is not a number was accepted") }
    }

    @Test("the body length counts bytes, not characters")
    func byteLength() {
        let body = Array(#"{"t":"👩‍👩‍👧 e\u0301"}"#.utf8)
        let framed = MessageFraming.frame(body)
        #expect(String(decoding: framed.prefix(while: { $0 != 13 }), as: UTF8.self) == "Content-Length: \(body.count)")
        var splitter = MessageSplitter()
        #expect(splitter.append(framed + framed) == [.body(body), .body(body)])
    }
}
