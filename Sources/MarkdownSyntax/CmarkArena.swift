internal import CCmark
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The memory cmark allocates while parsing one document: handed out from a few large blocks
/// and released all at once when the parse is over.
///
/// cmark makes tens of thousands of small allocations per journal (nodes, line buffers, literal
/// copies), reallocates its growing buffers and, when the tree is freed, frees every one of
/// them: on the 1 MB benchmark that is ~100,000 calls into malloc, realloc and free, and it
/// leaves the heap fragmented for the Swift values built next. cmark lets the caller supply the
/// allocator (`cmark_mem`); this one bumps a pointer, ignores `free`, and is dropped whole, so
/// the C tree is still gone before `MarkdownParser.parse` returns.
///
/// cmark's allocator callbacks carry no context, so the arena of the parse running on the
/// current thread is found through a thread-local slot (`lint --jobs` parses files in parallel).
final class CmarkArena {
    /// The arena's state, kept behind a pointer rather than in stored properties: cmark calls
    /// in for every allocation, and a class's stored properties would be checked for exclusive
    /// access on each of those calls.
    private let state: UnsafeMutablePointer<State>

    struct State {
        var next: UnsafeMutableRawPointer?
        var end: UnsafeMutableRawPointer?
        /// The most recent block; each block starts with a pointer to the one before it.
        var lastBlock: UnsafeMutableRawPointer?
    }

    /// Every allocation starts `headerSize` bytes after a header holding its size (which
    /// `reallocate` needs), and is aligned as `malloc`'s are; a block starts with one such
    /// header's worth of room for its link to the previous block.
    private static let headerSize = 16
    private static let alignment = 16

    /// Blocks are this size (or one allocation's, when larger): small enough to come from the
    /// heap rather than their own mapping, so that once the arena is gone the values built next
    /// reuse its pages instead of faulting in new ones.
    static let blockSize = 32 * 1024

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State(next: nil, end: nil, lastBlock: nil))
    }

    deinit {
        var block = state.pointee.lastBlock
        while let current = block {
            block = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
        state.deallocate()
    }

    /// `size` bytes, zeroed when `zeroed` (as `calloc`'s; `realloc`'s need not be).
    func allocate(_ size: Int, zeroed: Bool = true) -> UnsafeMutableRawPointer? {
        Self.allocate(size, zeroed: zeroed, in: state)
    }

    /// `realloc`: grows the most recent allocation in place when there is room, else copies.
    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        Self.reallocate(pointer, size, in: state)
    }

    /// Blocks come from `malloc` (zeroing a whole block for `calloc` would touch every byte of
    /// it up front); each `calloc` request is zeroed when it is handed out.
    fileprivate static func allocate(_ size: Int, zeroed: Bool, in state: UnsafeMutablePointer<State>) -> UnsafeMutableRawPointer? {
        let total = rounded(headerSize + size)
        if let next = state.pointee.next, let end = state.pointee.end, end - next >= total {
            next.storeBytes(of: size, as: Int.self)
            state.pointee.next = next + total
            if zeroed { (next + headerSize).initializeMemory(as: UInt8.self, repeating: 0, count: size) }
            return next + headerSize
        }
        let blockSize = max(Self.blockSize, headerSize + total)
        guard let block = malloc(blockSize) else { return nil }
        block.storeBytes(of: state.pointee.lastBlock, as: UnsafeMutableRawPointer?.self)
        state.pointee.lastBlock = block
        let header = block + headerSize
        header.storeBytes(of: size, as: Int.self)
        state.pointee.next = header + total
        state.pointee.end = block + blockSize
        if zeroed { (header + headerSize).initializeMemory(as: UInt8.self, repeating: 0, count: size) }
        return header + headerSize
    }

    fileprivate static func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int, in state: UnsafeMutablePointer<State>) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size, zeroed: false, in: state) }
        let header = pointer - headerSize
        let oldSize = header.load(as: Int.self)
        if size <= oldSize { return pointer }
        let oldEnd = header + rounded(headerSize + oldSize)
        let newEnd = header + rounded(headerSize + size)
        if oldEnd == state.pointee.next, let end = state.pointee.end, newEnd <= end {
            header.storeBytes(of: size, as: Int.self)
            state.pointee.next = newEnd
            return pointer
        }
        guard let moved = allocate(size, zeroed: false, in: state) else { return nil }
        moved.copyMemory(from: pointer, byteCount: oldSize)
        return moved
    }

    private static func rounded(_ size: Int) -> Int {
        (size + alignment - 1) & ~(alignment - 1)
    }

    /// Runs `body` with `self` as the current thread's arena and an allocator that uses it.
    func withAllocator<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> Result) rethrows -> Result {
        let key = Self.currentKey
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, UnsafeRawPointer(state))
        defer { pthread_setspecific(key, previous) }
        return try withExtendedLifetime(self) {
            var allocator = cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree)
            return try body(&allocator)
        }
    }

    /// The thread-local slot holding the state of the arena of the parse running on this thread.
    static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The current thread's arena state (only called by cmark, inside `withAllocator`).
    fileprivate static var current: UnsafeMutablePointer<State> {
        pthread_getspecific(currentKey)!.assumingMemoryBound(to: State.self)
    }
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    return overflow ? nil : CmarkArena.allocate(total, zeroed: true, in: CmarkArena.current)
}

private func arenaRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    CmarkArena.reallocate(pointer, size, in: CmarkArena.current)
}

/// Nothing to do: the arena is released whole.
private func arenaFree(_ pointer: UnsafeMutableRawPointer?) {}
