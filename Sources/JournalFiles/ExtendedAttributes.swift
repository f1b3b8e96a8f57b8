#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if os(Linux)
import CXattr
#endif

/// Copies a file's extended attributes (tags, a sync client's bookkeeping, ACLs stored as
/// `system.posix_acl_access`) onto the copy that will replace it, so a fix does not drop them.
///
/// Linux only (`<sys/xattr.h>` through the CXattr module); elsewhere nothing is copied.
///
/// Failures: an attribute the file system or the process may not set (`security.*` as non-root,
/// a file system without `user.*` support) is skipped; if a `user.*` attribute — the writer's own
/// — cannot be kept, the file is not rewritten.
enum ExtendedAttributes {
    /// Copies every attribute of `source` (not following a link) onto the open file `descriptor`.
    static func copy(from source: String, to descriptor: Int32, reportingAs path: String) throws(JournalFileError) {
        #if os(Linux)
        let listSize = llistxattr(source, nil, 0)
        guard listSize > 0 else { return }  // none, or not supported here
        var names = [CChar](repeating: 0, count: listSize)
        let listed = llistxattr(source, &names, listSize)
        guard listed > 0 else { return }
        var start = 0
        while start < listed {
            let end = names[start..<listed].firstIndex(of: 0) ?? listed
            let name = String(decoding: names[start..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            start = end + 1
            guard !name.isEmpty else { continue }
            let code = copyAttribute(name, from: source, to: descriptor)
            if code != 0 && name.hasPrefix("user.") {
                throw .writeFailed(path: path, reason: "cannot keep its extended attribute \(name): \(systemErrorReason(code))")
            }
        }
        #endif
    }

    #if os(Linux)
    /// Copies one attribute; 0, or the `errno` of the read or the write that failed. An attribute
    /// that cannot be read is not written: an empty value in its place would be a different one.
    private static func copyAttribute(_ name: String, from source: String, to descriptor: Int32) -> Int32 {
        let size = lgetxattr(source, name, nil, 0)
        guard size >= 0 else { return errno }
        var value = [UInt8](repeating: 0, count: size)
        let got = size == 0 ? 0 : value.withUnsafeMutableBytes { lgetxattr(source, name, $0.baseAddress, $0.count) }
        guard got >= 0 else { return errno }
        return value.withUnsafeBytes { fsetxattr(descriptor, name, $0.baseAddress, got, 0) } == 0 ? 0 : errno
    }
    #endif
}
