#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating system's own words for an `errno` value ("Permission denied").
///
/// Messages quote the OS reason because it is what a person can search for and what tells
/// them what to fix (permissions, a full disk, a failing drive).
func systemErrorReason(_ code: Int32) -> String {
    String(cString: strerror(code))
}
