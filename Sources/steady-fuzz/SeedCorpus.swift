import Foundation

/// The inputs mutations start from: every Markdown file under the given folders (Examples/ and
/// the tests' fixtures), then the hostile shapes, in a fixed order so a seed means the same
/// inputs on every machine.
struct SeedCorpus {
    let seeds: [(name: String, bytes: [UInt8])]

    init(folders: [String]) {
        var found: [(String, [UInt8])] = []
        let manager = FileManager.default
        for folder in folders {
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            var paths: [String] = []
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".md") { paths.append(folder + "/" + relative) }
            }
            for path in paths.sorted() {
                if let data = manager.contents(atPath: path) { found.append((path, Array(data))) }
            }
        }
        found += HostileSeeds.all()
        seeds = found
    }
}
