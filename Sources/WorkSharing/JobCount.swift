#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many files a run works on at once: at least 1, at most four per core.
///
/// More threads than that only add memory (each worker keeps its own buffers) and switching; an
/// absurd `--jobs 9223372036854775807` once made a run start threads until memory ran out. A
/// larger request is lowered to the bound, as `--help` says, rather than refused.
public enum JobCount {
    /// The cores online, asked once (the C library reads it from /sys each time).
    public static let coreCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// The most jobs a run uses: four per core.
    public static let maximum = 4 * coreCount

    /// `requested` brought within `1...maximum`.
    public static func bounded(_ requested: Int) -> Int {
        min(max(1, requested), maximum)
    }
}
