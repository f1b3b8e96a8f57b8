/// Cuts a byte stream into message bodies by their `Content-Length` headers (the LSP base
/// protocol). Bytes come in chunks of any size: a message may be split over many chunks, and
/// one chunk may hold several messages.
public struct MessageSplitter: Sendable {
    /// What one step of splitting found.
    public enum Piece: Sendable, Equatable {
        case body([UInt8])
        /// A header block that could not be read; it is skipped and splitting goes on.
        case badHeader(String)
    }

    /// A header block longer than this without its blank line is not a header.
    public static let maximumHeaderLength = 8 * 1024
    /// The largest body accepted (a 256 MB file is far past anything a journal is).
    public static let maximumBodyLength = 256 * 1024 * 1024

    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (bytes before it are dropped now and then, not per message).
    private var start = 0
    /// The body length of the message being read, once its header is read.
    private var pendingBodyLength: Int?

    public init() {}

    /// Takes the next chunk and returns every piece it completes, in order.
    public mutating func append(_ chunk: some Sequence<UInt8>) -> [Piece] {
        buffer.append(contentsOf: chunk)
        var pieces: [Piece] = []
        while let piece = nextPiece() { pieces.append(piece) }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        return pieces
    }

    /// Whether bytes of an unfinished message are waiting.
    public var hasPartialMessage: Bool { start < buffer.count }

    private mutating func nextPiece() -> Piece? {
        if let length = pendingBodyLength {
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<start + length])
            start += length
            pendingBodyLength = nil
            return .body(body)
        }
        guard let headerEnd = endOfHeader() else {
            if buffer.count - start > Self.maximumHeaderLength {
                start = buffer.count
                return .badHeader("a header longer than \(Self.maximumHeaderLength) bytes")
            }
            return nil
        }
        let header = buffer[start..<headerEnd]
        start = headerEnd + 4
        switch Self.contentLength(in: header) {
        case .success(let length):
            pendingBodyLength = length
            return nextPiece()
        case .failure(let problem):
            return .badHeader(problem.reason)
        }
    }

    /// The index of the `\r\n\r\n` that ends the header block starting at `start`.
    private func endOfHeader() -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    struct HeaderProblem: Error { let reason: String }

    /// The value of the `Content-Length` field (names are case-insensitive; other fields, such
    /// as `Content-Type`, are ignored).
    static func contentLength(in header: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        let text = String(decoding: header, as: UTF8.self)
        var length: Int?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { return .failure(HeaderProblem(reason: "a header line without ':'")) }
            guard line[..<colon].trimmingSpaces.lowercased() == "content-length" else { continue }
            guard let value = Int(line[line.index(after: colon)...].trimmingSpaces), value >= 0 else {
                return .failure(HeaderProblem(reason: "a Content-Length that is not a number"))
            }
            guard value <= maximumBodyLength else { return .failure(HeaderProblem(reason: "a Content-Length over \(maximumBodyLength) bytes")) }
            length = value
        }
        guard let length else { return .failure(HeaderProblem(reason: "a header without Content-Length")) }
        return .success(length)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
