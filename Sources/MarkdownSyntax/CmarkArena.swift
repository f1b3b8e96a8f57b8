internal import CCmark

/// The memory cmark allocates while parsing one document: handed out from a few large blocks
/// and released all at once when the parse is over.
///
/// cmark makes tens of thousands of small allocations per journal (nodes, line buffers, literal
/// copies), reallocates its growing buffers and, when the tree is freed, frees every one of
/// them, leaving the heap fragmented for the Swift values built next (docs/benchmarks.md). cmark lets the caller supply the
/// allocator (`cmark_mem`); this one bumps a pointer, ignores `free`, and is dropped whole, so
/// the C tree is still gone before `MarkdownParser.parse` returns.
///
/// The allocator itself is C (`steady_arena_*` in `CCmark/shim.h`): cmark's callbacks carry no
/// context, so the arena of the parse running on the current thread (`lint --jobs` parses files
/// in parallel) is found through a C thread-local variable, which Swift has no cheap form of.
final class CmarkArena {
    /// The arena's state (next free byte, end of block, blocks), behind a pointer that the C
    /// callbacks reach through the thread-local variable.
    private let state: UnsafeMutablePointer<steady_arena>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: steady_arena(next: nil, end: nil, last_block: nil))
    }

    deinit {
        steady_arena_release(state)
        state.deallocate()
    }

    /// Runs `body` with `self` as the current thread's arena and an allocator that uses it.
    func withAllocator<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> Result) rethrows -> Result {
        let previous = steady_arena_swap_current(state)
        defer { steady_arena_swap_current(previous) }
        return try withExtendedLifetime(self) {
            var allocator = cmark_mem(calloc: steady_arena_calloc, realloc: steady_arena_realloc, free: steady_arena_free)
            return try body(&allocator)
        }
    }
}
