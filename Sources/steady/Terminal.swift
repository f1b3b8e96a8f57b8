import MarkdownSyntax
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

    // Messages echo file names and configuration text, so their control characters are made
    // visible (see `withVisibleControls`); only the output Steady writes itself (colour, the
    // progress line) sends escape sequences.

    /// `steady: error: message` on standard error.
    static func error(_ message: String) {
        var text = "steady: error: \(message.withVisibleControls(keepingLineBreaks: true))\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// A message that already carries its own `path:line:col: error:` prefix, on standard error.
    static func writeError(_ message: String) {
        var text = message.withVisibleControls(keepingLineBreaks: true) + "\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// `steady: note: message` on standard error.
    static func note(_ message: String) {
        var text = "steady: note: \(message.withVisibleControls(keepingLineBreaks: true))\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// Whether standard output (1) or error (2) is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// A progress line on standard error, redrawn in place (only on a terminal).
    static func progress(_ message: String) {
        var text = "\r\u{1B}[2K" + message
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// `steady: warning: message` on standard error.
    static func warning(_ message: String) {
        var text = "steady: warning: \(message.withVisibleControls(keepingLineBreaks: true))\n"
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// The C library's `write`, whichever C library this is.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, pointer, count)
    #else
    Darwin.write(descriptor, pointer, count)
    #endif
}
