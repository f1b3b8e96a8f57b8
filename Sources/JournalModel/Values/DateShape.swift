/// Something that looks like `YYYY-MM-DD` at the start of some bytes, valid or not. Kept apart
/// from `JournalDate` so that `2026-02-30` can be reported as an impossible date instead of
/// being silently read as prose.
///
/// The year may have a fifth digit (`10000-01-01`, `20266-01-01`): such a year is outside the
/// dates Steady reads, and read as prose the heading would leave the entries under it on the
/// day above, without a word; as a shape it is reported as a date that does not exist.
struct DateShape {
    let year: Int
    let month: Int
    let day: Int
    /// 10 bytes, or 11 with a five-digit year.
    let length: Int

    init?<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) where Bytes.Index == Int {
        let b = bytes.startIndex
        func digit(_ offset: Int) -> Int? {
            guard offset < bytes.count else { return nil }
            let byte = bytes[b + offset]
            return byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
        }
        var year = 0
        var yearDigits = 0
        while yearDigits < 5, let next = digit(yearDigits) {
            year = year * 10 + next
            yearDigits += 1
        }
        let y = yearDigits
        guard y >= 4, bytes.count >= y + 6, bytes[b + y] == UInt8(ascii: "-"), let m1 = digit(y + 1), let m2 = digit(y + 2),
              bytes[b + y + 3] == UInt8(ascii: "-"), let d1 = digit(y + 4), let d2 = digit(y + 5) else { return nil }
        // A digit right after would make it some other number.
        if digit(y + 6) != nil { return nil }
        self.year = year
        month = m1 * 10 + m2
        day = d1 * 10 + d2
        length = y + 6
    }
}
