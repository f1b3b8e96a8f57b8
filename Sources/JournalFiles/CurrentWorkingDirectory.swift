#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's current folder, as the kernel reports it (`/` if it cannot be determined, e.g.
/// because the folder was deleted under us; paths then resolve against the root, which fails loudly
/// rather than silently reading somewhere else).
public func currentWorkingDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
}
