import MarkdownSyntax

/// A small streaming JSON writer with a fixed key order. Hand-written because output order must
/// be stable for goldens and because encoding 100 MB of journals through `JSONEncoder` costs
/// more than parsing them.
public struct JSONWriter: Sendable {
    public var bytes: [UInt8] = []
    /// Whether the next value in the current container needs a comma before it.
    private var needsComma: [Bool] = [false]

    public init() {
        bytes.reserveCapacity(4096)
    }

    public mutating func beginObject() { valuePrefix(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    /// An object whose members `body` writes: `{…}`, closed even when `body` returns early.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// `"name":{…}`.
    public mutating func object(_ name: StaticString, _ body: (inout JSONWriter) -> Void) {
        key(name)
        object(body)
    }

    /// `"name":[…]` with one value written by `element` for each of `elements`.
    public mutating func array<Elements: Sequence>(_ name: StaticString, _ elements: Elements, _ element: (inout JSONWriter, Elements.Element) -> Void) {
        key(name)
        beginArray()
        for item in elements { element(&self, item) }
        endArray()
    }

    /// `"name":[{…}, …]`: one object per element, its members written by `members`.
    public mutating func objects<Elements: Sequence>(_ name: StaticString, _ elements: Elements, _ members: (inout JSONWriter, Elements.Element) -> Void) {
        array(name, elements) { json, item in json.object { members(&$0, item) } }
    }

    /// Writes `"name":`; the next call writes its value. Names are Steady's own keys, plain
    /// ASCII that needs no escaping, so they are copied as they are.
    public mutating func key(_ name: StaticString) {
        valuePrefix()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    /// Writes `"name":` for a key that comes from data (a date, a tag), escaping it.
    public mutating func dynamicKey(_ name: String) {
        valuePrefix()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    public mutating func string(_ value: String) { valuePrefix(); writeString(value) }
    public mutating func int(_ value: Int) {
        valuePrefix()
        // Digits written directly: string interpolation allocates, and ranges hold four ints each.
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
    public mutating func double(_ value: Double, decimals: Int = 3) {
        valuePrefix()
        guard value.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }
    public mutating func bool(_ value: Bool) { valuePrefix(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { valuePrefix(); bytes.append(contentsOf: "null".utf8) }

    /// `"key": "value"`, or `null` when `value` is nil.
    public mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// `"name":` and a source range (see `range(_:)`).
    public mutating func field(_ name: StaticString, _ value: SourceRange) { key(name); range(value) }

    /// `{"line", "column", "endLine", "endColumn"}` (1-based, UTF-8 byte columns, end exclusive).
    public mutating func range(_ range: SourceRange) {
        beginObject()
        field("line", range.lowerBound.line)
        field("column", range.lowerBound.column)
        field("endLine", range.upperBound.line)
        field("endColumn", range.upperBound.column)
        endObject()
    }

    private var pendingKey = false

    private mutating func valuePrefix() {
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Fast path: most strings need no escaping and are copied in one go.
        var value = value
        let needsEscaping = value.withUTF8 { buffer in buffer.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }
        if !needsEscaping {
            value.withUTF8 { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
