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
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?
    private var nextBlockSize: Int

    /// Every allocation starts `headerSize` bytes after a header holding its size (which
    /// `reallocate` needs), and is aligned as `malloc`'s are.
    private static let headerSize = 16
    private static let alignment = 16

    /// `expectedBytes`: about how much cmark will allocate, so that one block usually serves.
    init(expectedBytes: Int) {
        nextBlockSize = max(expectedBytes, 16 * 1024)
    }

    deinit {
        for block in blocks { free(block) }
    }

    /// `size` zeroed bytes (the blocks come from `calloc` and are never reused).
    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let total = Self.rounded(Self.headerSize + size)
        if next == nil || end! - next! < total {
            guard let block = calloc(1, max(nextBlockSize, total)) else { return nil }
            blocks.append(block)
            next = block
            end = block + max(nextBlockSize, total)
            nextBlockSize *= 2
        }
        let header = next!
        header.storeBytes(of: size, as: Int.self)
        next = header + total
        return header + Self.headerSize
    }

    /// `realloc`: grows the most recent allocation in place when there is room, else copies.
    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size) }
        let header = pointer - Self.headerSize
        let oldSize = header.load(as: Int.self)
        if size <= oldSize { return pointer }
        let oldEnd = header + Self.rounded(Self.headerSize + oldSize)
        let newEnd = header + Self.rounded(Self.headerSize + size)
        if oldEnd == next, let end, newEnd <= end {
            header.storeBytes(of: size, as: Int.self)
            next = newEnd
            return pointer
        }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: pointer, byteCount: oldSize)
        return moved
    }

    private static func rounded(_ size: Int) -> Int {
        (size + alignment - 1) & ~(alignment - 1)
    }

    /// Runs `body` with `self` as the current thread's arena and an allocator that uses it.
    func withAllocator<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> Result) rethrows -> Result {
        let previous = pthread_getspecific(Self.currentKey)
        pthread_setspecific(Self.currentKey, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(Self.currentKey, previous) }
        var allocator = cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree)
        return try body(&allocator)
    }

    /// The thread-local slot holding the arena of the parse running on this thread.
    static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The current thread's arena (only called by cmark, inside `withAllocator`).
    static var current: CmarkArena {
        Unmanaged<CmarkArena>.fromOpaque(pthread_getspecific(currentKey)!).takeUnretainedValue()
    }
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    return overflow ? nil : CmarkArena.current.allocate(total)
}

private func arenaRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    CmarkArena.current.reallocate(pointer, size)
}

/// Nothing to do: the arena is released whole.
private func arenaFree(_ pointer: UnsafeMutableRawPointer?) {}
