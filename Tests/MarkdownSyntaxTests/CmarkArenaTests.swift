import CCmark
import Testing
@testable import MarkdownSyntax

/// cmark allocates from a per-parse arena; these check the allocator cmark is given (its
/// `calloc` zeroes and aligns, its `realloc` keeps the bytes) and that parses on many threads
/// each use their own.
@Suite struct CmarkArenaTests {
    @Test func allocationsAreZeroedAlignedAndDistinct() throws {
        try CmarkArena().withAllocator { allocator in
        var seen: [UnsafeMutableRawPointer] = []
        for size in [1, 7, 16, 100, 5_000, 70_000, 3] {
            // Blocks come from malloc, so this zeroing is the arena's own.
            let pointer = try #require(allocator.pointee.calloc!(1, size))
            #expect(Int(bitPattern: pointer) % 16 == 0)
            #expect(UnsafeRawBufferPointer(start: pointer, count: size).allSatisfy { $0 == 0 })
            pointer.initializeMemory(as: UInt8.self, repeating: 0xAB, count: size)
            seen.append(pointer)
        }
        // Writing one never touched another (each still holds its own bytes).
        for (pointer, size) in zip(seen, [1, 7, 16, 100, 5_000, 70_000, 3]) {
            #expect(UnsafeRawBufferPointer(start: pointer, count: size).allSatisfy { $0 == 0xAB })
        }
        }
    }

    @Test func reallocationKeepsTheBytes() throws {
        try CmarkArena().withAllocator { allocator in
        let realloc = try #require(allocator.pointee.realloc)
        var pointer = try #require(realloc(nil, 10))
        for index in 0..<10 { pointer.storeBytes(of: UInt8(index), toByteOffset: index, as: UInt8.self) }
        // The latest allocation grows in place; after another allocation it moves.
        let grown = try #require(realloc(pointer, 40))
        #expect(grown == pointer)
        _ = allocator.pointee.calloc!(1, 8)
        pointer = try #require(realloc(grown, 100_000))
        #expect(pointer != grown)
        #expect((0..<10).allSatisfy { pointer.load(fromByteOffset: $0, as: UInt8.self) == UInt8($0) })
        #expect(try #require(realloc(pointer, 5)) == pointer, "shrinking keeps the block")
        }
    }

    @Test func parsesOnManyThreadsAgree() async {
        let text = (0..<200).map { "## 10:\($0 % 60) Title \($0)\n\nSome *text* \($0) with `code` and <!-- c -->.\n\n- a\n- b\n" }.joined()
        let expected = TreeDump.render(MarkdownParser.parse(text))
        await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { TreeDump.render(MarkdownParser.parse(text)) } }
            for await dump in group { #expect(dump == expected) }
        }
    }
}
