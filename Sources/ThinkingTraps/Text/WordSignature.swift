/// A set of vocabulary ids folded into 64 bits (id modulo 64): "maybe present" or "surely
/// absent". A clause's signature lets the matcher skip a rule whose literal words ("not",
/// "survive") are surely absent without trying it; ids that share a bit only make it try.
enum WordSignature {
    @inline(__always)
    static func bit(_ id: Int32) -> UInt64 { id >= 0 ? 1 << (UInt64(id) & 63) : 0 }
}
