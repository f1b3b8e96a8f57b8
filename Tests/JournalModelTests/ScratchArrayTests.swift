import Testing
@testable import JournalModel

/// `removeAllKeepingCapacity` must behave as `removeAll(keepingCapacity: true)` on both of its
/// paths (a few elements removed from the end, more emptied at once).
@Suite struct ScratchArrayTests {
    @Test(arguments: [0, 1, 2, 4, 5, 40])
    func emptiesAndKeepsCapacity(_ count: Int) {
        var array = Array(0..<count)
        array.reserveCapacity(64)
        let capacity = array.capacity
        array.removeAllKeepingCapacity()
        #expect(array.isEmpty)
        #expect(array.capacity == capacity)
        array.append(7)
        #expect(array == [7])
    }

    @Test func leavesACopyAlone() {
        var array = [1, 2, 3]
        let copy = array
        array.removeAllKeepingCapacity()
        #expect(array.isEmpty)
        #expect(copy == [1, 2, 3])
    }
}
