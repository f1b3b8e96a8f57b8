import Foundation

/// Where failing inputs go: `<kind>-s<seed>-i<index>.md` with the one-line reason beside it in
/// `.reason`. A few per kind are kept: one class of failure can fill a run.
struct CrashStore {
    let folder: String
    let seed: UInt64
    static let keptPerKind = 5

    func save(_ bytes: [UInt8], index: UInt64, failure: Failure, alreadyKept: Int) -> String? {
        guard alreadyKept < Self.keptPerKind else { return nil }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = "\(folder)/\(failure.kind)-s\(seed)-i\(index)"
        _ = FileManager.default.createFile(atPath: base + ".md", contents: Data(bytes))
        let reason = "\(failure.reason) (reproduce: Scripts/fuzz --seed \(seed) --only \(index))\n"
        _ = FileManager.default.createFile(atPath: base + ".reason", contents: Data(reason.utf8))
        return base + ".md"
    }
}
