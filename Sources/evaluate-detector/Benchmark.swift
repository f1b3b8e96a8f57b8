import Foundation
import ThinkingTraps

/// Runs the three detectors over the dataset's texts, grouped into paragraphs of a few
/// sentences the way journal prose arrives, repeated to about `megabytes` MB, and reports
/// throughput. Ad hoc measurement only; no test asserts on timing.
func benchmark(texts: [String], megabytes: Int) {
    var paragraphs: [String] = []
    var index = 0
    while index < texts.count {
        paragraphs.append(texts[index..<min(index + 5, texts.count)].joined(separator: " "))
        index += 5
    }
    let paragraphBytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
    let rounds = max(1, megabytes * 1_000_000 / max(1, paragraphBytes))
    let claims = CatastrophizingDetector(), reassurance = ReassuranceDetector(), crisis = CrisisLanguageDetector()
    let scanner = ThoughtScanner()
    func measure(_ name: String, _ body: (String) -> Int) {
        var found = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { for paragraph in paragraphs { found &+= body(paragraph) } }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let megabytesRead = Double(rounds * paragraphBytes) / 1e6
        print(String(format: "%@: %.1f MB in %.2f s = %.1f MB/s (%d matches)", name, megabytesRead, seconds, megabytesRead / seconds, found))
    }
    measure("catastrophizing") { claims.claims(in: $0).count }
    measure("reassurance    ") { reassurance.acts(in: $0).count }
    measure("crisis         ") { crisis.matches(in: $0).count }
    measure("all three      ") { claims.claims(in: $0).count + reassurance.acts(in: $0).count + crisis.matches(in: $0).count }
    // What the linter runs: the three detectors over one tokenisation.
    measure("ThoughtScanner ") { let found = scanner.scan($0); return found.claims.count + found.reassurance.count + found.crisis.count }
}
