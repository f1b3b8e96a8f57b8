#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import JournalModel

/// The local date and time, for "now".
public enum LocalClock {
    public static func now() -> (date: JournalDate, time: TimeOfDay) {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let date = JournalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? .earliest
        let time = TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min)) ?? TimeOfDay(hour: 0, minute: 0)!
        return (date, time)
    }
}
