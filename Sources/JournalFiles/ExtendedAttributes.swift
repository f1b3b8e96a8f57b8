#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies a file's extended attributes (tags, a sync client's bookkeeping, ACLs stored as
/// `system.posix_acl_access`) onto the copy that will replace it, so a fix does not drop them.
///
/// Linux only: Swift's Glibc module does not export `<sys/xattr.h>`, so the three C functions are
/// looked up by name with `dlsym` and called through C function pointers of their exact types.
/// Elsewhere (and where the C library lacks them) nothing is copied.
///
/// Failures: an attribute the file system or the process may not set (`security.*` as non-root,
/// a file system without `user.*` support) is skipped; if a `user.*` attribute — the writer's own
/// — cannot be kept, the file is not rewritten.
enum ExtendedAttributes {
    #if os(Linux)
    private typealias ListFunction = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<CChar>?, Int) -> Int
    private typealias GetFunction = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeMutableRawPointer?, Int) -> Int
    private typealias SetFunction = @convention(c) (Int32, UnsafePointer<CChar>, UnsafeRawPointer?, Int, Int32) -> Int32

    private struct Functions: @unchecked Sendable {
        let list: ListFunction
        let get: GetFunction
        let set: SetFunction
    }

    private typealias PathSetFunction = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeRawPointer?, Int, Int32) -> Int32

    private static let functions: Functions? = {
        guard let list = dlsym(nil, "llistxattr"), let get = dlsym(nil, "lgetxattr"), let set = dlsym(nil, "fsetxattr")
        else { return nil }
        return Functions(list: unsafeBitCast(list, to: ListFunction.self), get: unsafeBitCast(get, to: GetFunction.self),
                         set: unsafeBitCast(set, to: SetFunction.self))
    }()
    #endif

    /// Copies every attribute of `source` (not following a link) onto the open file `descriptor`.
    static func copy(from source: String, to descriptor: Int32, reportingAs path: String) throws(JournalFileError) {
        #if os(Linux)
        guard let functions else { return }
        let listSize = functions.list(source, nil, 0)
        guard listSize > 0 else { return }  // none, or not supported here
        var names = [CChar](repeating: 0, count: listSize)
        let listed = functions.list(source, &names, listSize)
        guard listed > 0 else { return }
        var start = 0
        while start < listed {
            let end = names[start..<listed].firstIndex(of: 0) ?? listed
            let name = String(decoding: names[start..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            start = end + 1
            guard !name.isEmpty else { continue }
            let size = functions.get(source, name, nil, 0)
            var value = [UInt8](repeating: 0, count: max(size, 0))
            let got = size <= 0 ? max(size, 0) : value.withUnsafeMutableBytes { functions.get(source, name, $0.baseAddress, $0.count) }
            let code = got < 0 ? errno : (value.withUnsafeBytes { functions.set(descriptor, name, $0.baseAddress, got, 0) } == 0 ? 0 : errno)
            if code != 0 && name.hasPrefix("user.") {
                throw .writeFailed(path: path, reason: "cannot keep its extended attribute \(name): \(systemErrorReason(code))")
            }
        }
        #endif
    }

    /// Sets an attribute on a path (for tests); `false` where it cannot be set (no support here,
    /// or a file system without `user.*` attributes).
    static func set(_ name: String, _ value: [UInt8], on path: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(nil, "lsetxattr") else { return false }
        let set = unsafeBitCast(symbol, to: PathSetFunction.self)
        return value.withUnsafeBytes { set(path, name, $0.baseAddress, $0.count, 0) } == 0
        #else
        return false
        #endif
    }

    /// An attribute's value (for tests); `nil` if the path has none by that name.
    static func value(of name: String, at path: String) -> [UInt8]? {
        #if os(Linux)
        guard let functions else { return nil }
        let size = functions.get(path, name, nil, 0)
        guard size >= 0 else { return nil }
        var value = [UInt8](repeating: 0, count: size)
        let got = value.withUnsafeMutableBytes { functions.get(path, name, $0.baseAddress, $0.count) }
        return got < 0 ? nil : Array(value.prefix(got))
        #else
        return nil
        #endif
    }
}
