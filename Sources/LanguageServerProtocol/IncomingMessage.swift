import Foundation

/// One JSON-RPC message as received: what kind it is, and its body, from which the parameters
/// (or result) are decoded only by the handler that knows their type.
public struct IncomingMessage: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A request, which must be answered.
        case request(id: RequestID, method: String)
        /// A notification, which is never answered.
        case notification(method: String)
        /// The client's answer to a request the server sent.
        case response(id: RequestID)
    }

    public let kind: Kind
    /// The whole message's JSON.
    public let body: Data

    /// The method of a request or notification.
    public var method: String? {
        switch kind {
        case .request(_, let method), .notification(let method): method
        case .response: nil
        }
    }

    /// Reads the envelope of a message body (`id`, `method`); the parameters stay in `body`.
    public init(body: Data) throws(ResponseError) {
        struct Envelope: Decodable {
            let id: RequestID?
            let method: String?
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch {
            throw .parseError("the message is not a JSON-RPC object")
        }
        switch (envelope.id, envelope.method) {
        case (let id?, let method?): kind = .request(id: id, method: method)
        case (nil, let method?): kind = .notification(method: method)
        case (let id?, nil): kind = .response(id: id)
        case (nil, nil): throw .invalidRequest("the message has neither a method nor an id")
        }
        self.body = body
    }

    /// The message's `params`, decoded as `Params`.
    public func params<Params: Decodable>(_ type: Params.Type) throws(ResponseError) -> Params {
        do {
            return try JSONDecoder().decode(ParamsWrapper<Params>.self, from: body).params
        } catch {
            throw .invalidParams("invalid parameters for \(method ?? "a response"): \(Self.describe(error))")
        }
    }

    /// A response's `result`, decoded as `Result` (`nil` for `null`); its `error` is thrown.
    public func result<Result: Decodable>(_ type: Result.Type) throws(ResponseError) -> Result? {
        let decoded: ResultWrapper<Result>
        do {
            decoded = try JSONDecoder().decode(ResultWrapper<Result>.self, from: body)
        } catch {
            throw .parseError("invalid result: \(Self.describe(error))")
        }
        if let error = decoded.error { throw error }
        return decoded.result
    }

    private struct ResultWrapper<Result: Decodable>: Decodable {
        let result: Result?
        let error: ResponseError?
    }

    private struct ParamsWrapper<Params: Decodable>: Decodable { let params: Params }

    /// Where decoding failed (the coding path), never the values: they may be the writer's text.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not decodable" }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "unexpected value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        @unknown default: return "not decodable"
        }
    }
}
