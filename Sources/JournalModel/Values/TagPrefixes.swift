/// The symbols that start a tag: `#` always by default, `@` too when the writer's configuration
/// says so (`tag-prefixes: ["#", "@"]`), as jrnl writes tags. Whatever symbol starts it, a tag
/// is its name: `@work` and `#work` are the same tag `work`.
///
/// A set of two flags rather than a list of bytes: the tag scanner asks for each text node
/// which bytes to look for, and a flag costs nothing to test.
public struct TagPrefixes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `#`, Steady's own (and Obsidian's) tag symbol.
    public static let hash = TagPrefixes(rawValue: 1 << 0)
    /// `@`, jrnl's default tag symbol.
    public static let at = TagPrefixes(rawValue: 1 << 1)

    /// Steady's default: tags start with `#` only.
    public static let `default`: TagPrefixes = .hash

    /// Every symbol that may be configured, in the order they are shown.
    public static let allSymbols: [(symbol: Character, prefix: TagPrefixes)] = [("#", .hash), ("@", .at)]

    /// The prefix a symbol stands for, or `nil` if it cannot start a tag.
    public init?(symbol: Character) {
        guard let found = Self.allSymbols.first(where: { $0.symbol == symbol }) else { return nil }
        self = found.prefix
    }

    /// The configured symbols, in the order of `allSymbols`.
    public var symbols: [Character] {
        Self.allSymbols.filter { contains($0.prefix) }.map(\.symbol)
    }

    /// Whether `byte` is one of the configured symbols.
    @inline(__always)
    func starts(with byte: UInt8) -> Bool {
        (byte == UInt8(ascii: "#") && contains(.hash)) || (byte == UInt8(ascii: "@") && contains(.at))
    }
}
