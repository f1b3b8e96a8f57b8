import Testing

/// The CLI links mimalloc on Linux (Package.swift says why); a build that silently fell back to
/// glibc's allocator would still pass every other test, only slower.
@Suite("steady's allocator")
struct AllocatorTests {
    #if os(Linux)
    @Test("the steady binary allocates with mimalloc")
    func linksMimalloc() async throws {
        // With MIMALLOC_VERBOSE set, mimalloc reports its options on stderr as the process starts.
        let output = try await SteadyBinary.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stderrText.contains("mimalloc: "), "\(output.transcript)")
    }
    #endif
}
