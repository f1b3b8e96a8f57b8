/// The LSP base protocol's framing of an outgoing message: a `Content-Length` header, a blank
/// line, the JSON body.
public enum MessageFraming {
    public static func frame(_ body: some Collection<UInt8>) -> [UInt8] {
        var framed = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.reserveCapacity(framed.count + body.count)
        framed.append(contentsOf: body)
        return framed
    }
}
