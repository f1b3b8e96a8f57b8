extension Array {
    /// Empties a scratch buffer and keeps its capacity, like `removeAll(keepingCapacity: true)`.
    ///
    /// The builder empties its per-block buffers (a block's pieces, a span's piece indices) once
    /// per paragraph, and they nearly always hold one to three elements: removing those from the
    /// end is cheaper than `removeAll(keepingCapacity:)`'s general `replaceSubrange`.
    mutating func removeAllKeepingCapacity() {
        if count > 4 {
            removeAll(keepingCapacity: true)
            return
        }
        while !isEmpty { removeLast() }
    }
}
