import Foundation

/// The JSON of the messages the server sends. Results and parameters are any `Encodable`;
/// a `nil` result is written as `"result": null`, as the specification requires of a success.
enum OutgoingMessage {
    static func response(id: RequestID, result: (some Encodable)?) -> Data {
        encode(Response(id: id, result: result))
    }

    static func error(id: RequestID?, error: ResponseError) -> Data {
        encode(ErrorResponse(id: id, error: error))
    }

    static func notification(method: String, params: some Encodable) -> Data {
        encode(Notification(method: method, params: params))
    }

    /// A notification whose parameters are JSON already (written by hand where `JSONEncoder`
    /// costs too much: a thousand diagnostics at every keystroke). `method` is one of the
    /// protocol's names, plain ASCII.
    static func notification(method: String, encodedParams: [UInt8]) -> Data {
        var body = Data(#"{"jsonrpc":"2.0","method":""#.utf8)
        body.append(contentsOf: method.utf8)
        body.append(contentsOf: #"","params":"#.utf8)
        body.append(contentsOf: encodedParams)
        body.append(UInt8(ascii: "}"))
        return body
    }

    static func request(id: RequestID, method: String, params: some Encodable) -> Data {
        encode(Request(id: id, method: method, params: params))
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // The message types are plain values of strings, numbers and arrays: encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data(#"{"jsonrpc":"2.0","error":{"code":-32603,"message":"unencodable"}}"#.utf8)
    }

    private struct Response<Result: Encodable>: Encodable {
        let id: RequestID
        let result: Result?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encode(id, forKey: .id)
            if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
        }
    }

    private struct ErrorResponse: Encodable {
        let id: RequestID?
        let error: ResponseError

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("2.0", forKey: .jsonrpc)
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            try container.encode(error, forKey: .error)
        }
    }

    private struct Notification<Params: Encodable>: Encodable {
        let jsonrpc = "2.0"
        let method: String
        let params: Params
    }

    private struct Request<Params: Encodable>: Encodable {
        let jsonrpc = "2.0"
        let id: RequestID
        let method: String
        let params: Params
    }

    private enum Key: String, CodingKey { case jsonrpc, id, result, error }
}
