/// The keys a journal line may start with to be a field (`temp: red`). Case-insensitive.
public enum FieldKey: String, Sendable, Hashable, CaseIterable {
    case temp, evidence, reassurance, urge, regulate, fact, reframe, trigger

    /// Recognises a key written in any case.
    public init?(caseInsensitive key: some StringProtocol) {
        self.init(rawValue: key.lowercased())
    }
}
