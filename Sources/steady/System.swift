#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SteadyRun

/// Facts about the machine and environment the CLI adapts to.
enum System {
    /// Asked once: it is `--jobs`'s default, which argument parsing evaluates several times, and
    /// the C library reads it from /sys each time.
    static var coreCount: Int { JobCount.coreCount }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// What kind of thing a path names.
enum FileKind {
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
