import Testing
@testable import JournalFiles

@Suite("FileIdentitySet")
struct FileIdentitySetTests {
    /// Agrees with `Set` through growth, repeats, and identities that differ only by device.
    @Test func agreesWithASet() {
        var set = FileIdentitySet()
        var reference = Set<FileIdentity>()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<5_000 {
            // Small ranges, so repeats are common; consecutive inodes as on a fresh file system.
            let identity = round % 3 == 0
                ? FileIdentity(device: UInt64.random(in: 0..<3, using: &generator), inode: UInt64.random(in: 0..<2_000, using: &generator))
                : FileIdentity(device: 2049, inode: UInt64(round))
            let inserted = set.insert(identity)
            #expect(inserted == reference.insert(identity).inserted)
            #expect(set.count == reference.count)
        }
        for identity in reference { #expect(set.contains(identity)) }
        #expect(!set.contains(FileIdentity(device: 7, inode: 0)))
        #expect(!set.contains(FileIdentity(device: 2049, inode: 5_000)))
    }

    @Test func extremeValues() {
        var set = FileIdentitySet()
        let identities = [FileIdentity(device: 0, inode: 0), FileIdentity(device: .max, inode: .max), FileIdentity(device: 0, inode: .max)]
        let first = identities.map { set.insert($0) }
        let again = identities.map { set.insert($0) }
        #expect(first == [true, true, true])
        #expect(again == [false, false, false])
        #expect(set.count == 3)
    }
}
