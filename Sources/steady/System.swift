#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the machine and environment the CLI adapts to.
enum System {
    static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
