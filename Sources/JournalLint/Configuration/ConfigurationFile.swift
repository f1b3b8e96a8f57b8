import JournalFiles
import MarkdownSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a configuration file's bytes, with the OS's reason on failure.
///
/// Read by JournalFiles' reader, as journals are (one way of reading files), so that errors carry
/// the OS's own words ("Permission denied", "Is a directory"); checked for UTF-8 by the validator
/// the parser uses (`RepairedUTF8`).
enum ConfigurationFile {
    struct Failure: Error {
        let reason: String
    }

    /// Configuration files are small; anything past 1 MiB is surely the wrong file.
    static let sizeLimit = 1024 * 1024

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        var reader = JournalFileReader(sizeLimit: sizeLimit)
        // YAML decides what to make of a NUL byte; the reader's binary test is for journals.
        reader.detectsBinaryFiles = false
        do {
            return .success(try reader.read(.file(path: path)).bytes)
        } catch {
            switch error {
            case .noSuchFileOrFolder:
                return .failure(Failure(reason: String(cString: strerror(ENOENT))))
            case .unreadableFile(_, let reason), .unreadableFolder(_, let reason):
                return .failure(Failure(reason: reason))
            case .tooLarge:
                return .failure(Failure(reason: "it is larger than 1 MiB, which no configuration file needs to be"))
            default:
                return .failure(Failure(reason: error.description))
            }
        }
    }

    /// The line and UTF-8 byte column of the first byte that is not valid UTF-8; `nil` if all are.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        RepairedUTF8(repairing: bytes).invalidRuns.first.map { ($0.lowerBound.line, $0.lowerBound.column) }
    }
}
