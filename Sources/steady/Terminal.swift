#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and error without Foundation's buffering surprises.
enum Terminal {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 1) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0, to: 1) }
    }

    /// `steady: error: message` on standard error.
    static func error(_ message: String) {
        var text = "steady: error: \(message)\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// `steady: warning: message` on standard error.
    static func warning(_ message: String) {
        var text = "steady: warning: \(message)\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
