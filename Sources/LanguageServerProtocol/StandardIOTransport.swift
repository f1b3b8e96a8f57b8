import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Connects a `JSONRPCConnection` to the process's standard input and output, as editors
/// start a language server. Standard error is left for logs.
public enum StandardIOTransport {
    /// A connection writing to standard output.
    public static func makeConnection(log: @escaping @Sendable (String) -> Void) -> JSONRPCConnection {
        JSONRPCConnection(write: { bytes in writeAll(bytes, to: 1) }, log: log)
    }

    /// Reads standard input on a thread of its own into `connection` until it ends.
    public static func startReading(into connection: JSONRPCConnection) {
        let thread = Thread {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                connection.receive(chunk[0..<count])
            }
            connection.inputEnded()
        }
        thread.start()
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // the client has gone; nothing can be told
                }
                offset += written
            }
        }
    }
}
