/// Failures already reported in issue 17 and being fixed on other branches. `--skip-known`
/// names the classes a run should not count, so CI stays green on main until those fixes land
/// (then the lead removes them from `.ci/run`).
enum KnownClass: String, CaseIterable {
    /// A CR not followed by LF: line numbers drift from cmark's and `--fix` adds a scaffold per run.
    case loneCR = "lone-cr"
    /// Nesting deep enough to overflow the stack while the Markdown tree is freed.
    case deepNesting = "deep-nesting"

    /// Nesting past this many containers on one line counts as `deep-nesting`: far below the
    /// depths that crash, so a debug build's larger frames are covered too.
    static let deepNestingThreshold = 500

    /// Whether `bytes` has the shape of this class.
    func matches(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .loneCR:
            for index in bytes.indices where bytes[index] == 0x0D {
                if index + 1 == bytes.count || bytes[index + 1] != 0x0A { return true }
            }
            return false
        case .deepNesting:
            return Self.nestingDepth(bytes) > Self.deepNestingThreshold
        }
    }

    /// The most block containers (`>`, list markers) any line opens, with four columns of
    /// indentation counted as one more level: an over-estimate, which is what a skip needs.
    static func nestingDepth(_ bytes: [UInt8]) -> Int {
        var deepest = 0
        var depth = 0
        var spaces = 0
        var atLineStart = true
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D {
                deepest = max(deepest, depth + spaces / 4)
                depth = 0; spaces = 0; atLineStart = true
                continue
            }
            guard atLineStart else { continue }
            switch byte {
            case UInt8(ascii: " "): spaces += 1
            case UInt8(ascii: "\t"): spaces += 4
            case UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"):
                depth += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            default:
                deepest = max(deepest, depth + spaces / 4)
                atLineStart = false
            }
        }
        return max(deepest, depth + spaces / 4)
    }
}
