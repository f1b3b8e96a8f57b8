/// A word in normal form: its vocabulary id (or -1) and its hash.
struct NormalWord: Sendable, Hashable {
    var id: Int32
    var hash: UInt64
}
