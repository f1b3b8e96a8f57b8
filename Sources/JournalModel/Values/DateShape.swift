/// Something that looks like `YYYY-MM-DD` at the start of some bytes, valid or not. Kept apart
/// from `JournalDate` so that `2026-02-30` can be reported as an impossible date instead of
/// being silently read as prose.
struct DateShape {
    let year: Int
    let month: Int
    let day: Int
    /// Always 10 bytes.
    let length = 10

    init?<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) where Bytes.Index == Int {
        guard bytes.count >= 10 else { return nil }
        let b = bytes.startIndex
        func digit(_ offset: Int) -> Int? {
            let byte = bytes[b + offset]
            return byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
        }
        guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3),
              bytes[b + 4] == UInt8(ascii: "-"), let m1 = digit(5), let m2 = digit(6),
              bytes[b + 7] == UInt8(ascii: "-"), let d1 = digit(8), let d2 = digit(9) else { return nil }
        // A digit right after would make it some other number.
        if bytes.count > 10, (0x30...0x39).contains(bytes[b + 10]) { return nil }
        year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
        month = m1 * 10 + m2
        day = d1 * 10 + d2
    }
}
