/// The keys a journal line may start with to be a field (`temp: red`). Case-insensitive.
public enum FieldKey: String, Sendable, Hashable, CaseIterable {
    case temp, evidence, reassurance, urge, regulate, fact, reframe, trigger

    /// Recognises a key written in any case.
    public init?(caseInsensitive key: some StringProtocol) {
        self.init(rawValue: key.lowercased())
    }

    /// Recognises a key from its bytes, in any case, without building a string (the builder
    /// asks for every line that looks like a field). Same answer as `init(caseInsensitive:)`.
    init?(caseInsensitiveBytes key: ArraySlice<UInt8>) {
        for candidate in FieldKey.allCases where Self.matches(key, candidate) {
            self = candidate
            return
        }
        return nil
    }

    private static func matches(_ key: ArraySlice<UInt8>, _ candidate: FieldKey) -> Bool {
        switch candidate {
        case .temp: ASCIIBytes.equalsIgnoringCase(key, "temp")
        case .evidence: ASCIIBytes.equalsIgnoringCase(key, "evidence")
        case .reassurance: ASCIIBytes.equalsIgnoringCase(key, "reassurance")
        case .urge: ASCIIBytes.equalsIgnoringCase(key, "urge")
        case .regulate: ASCIIBytes.equalsIgnoringCase(key, "regulate")
        case .fact: ASCIIBytes.equalsIgnoringCase(key, "fact")
        case .reframe: ASCIIBytes.equalsIgnoringCase(key, "reframe")
        case .trigger: ASCIIBytes.equalsIgnoringCase(key, "trigger")
        }
    }
}
