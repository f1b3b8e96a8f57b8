import Dispatch
import JournalModel
import Synchronization

/// `{"schemaVersion": 1, "findings": [...], "summary": {...}}`. Columns are 1-based UTF-8 bytes.
/// Leaves the journal's words out (no `detail`, no source line) unless `includeText`.
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let needsLineText = false
    public static let schemaVersion = 1

    /// Writes in chunks of about a megabyte, so a report of a years-long journal is never held in
    /// memory twice.
    ///
    /// The report is written after every file has been linted, when the other cores would
    /// otherwise wait for it: each round encodes `options.jobs` runs of findings side by side and
    /// writes them in order, so at most that many runs (a few hundred kilobytes each) are held
    /// at a time.
    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        let jobs = options.jobs
        var w = JSONWriter()
        w.beginObject()
        w.field("schemaVersion", schemaVersion)
        w.key("findings")
        w.beginArray()
        // The findings go into the writer's bytes directly (the array's brackets stay the
        // writer's): see `FindingJSONEncoder` for why.
        let findings = report.findings
        let includeText = options.includeText
        let runLength = 2048
        var start = 0
        while start < findings.count {
            let runs = min(max(1, jobs), (findings.count - start + runLength - 1) / runLength)
            let encoded = EncodedRuns(count: runs)
            let roundStart = start
            let encode = { @Sendable (run: Int) in
                let lower = roundStart + run * runLength
                let upper = min(lower + runLength, findings.count)
                var bytes: [UInt8] = []
                bytes.reserveCapacity((upper - lower) * 360)
                // Findings read in place (see `FindingJSONEncoder.encode`).
                var encoder = FindingJSONEncoder()
                findings.withUnsafeBufferPointer { findings in
                    for index in lower..<upper {
                        if index > 0 { bytes.append(UInt8(ascii: ",")) }
                        encoder.encode(findings.baseAddress.unsafelyUnwrapped + index, includeText: includeText, to: &bytes)
                    }
                }
                encoded.store(bytes, at: run)
            }
            if runs == 1 { encode(0) } else { DispatchQueue.concurrentPerform(iterations: runs, execute: encode) }
            for run in 0..<runs {
                w.bytes += encoded.take(at: run)
                if w.bytes.count >= 1 << 20 {
                    write(w.bytes)
                    w.bytes.removeAll(keepingCapacity: true)
                }
            }
            start = min(findings.count, start + runs * runLength)
        }
        w.endArray()
        w.key("summary")
        w.beginObject()
        w.field("files", report.fileCount)
        w.field("errors", report.count(of: .error))
        w.field("warnings", report.count(of: .warning))
        w.field("notes", report.count(of: .note))
        w.field("unreadable", options.unreadableFiles)
        w.endObject()
        // The paths that could not be read, and why (the messages name paths, not words).
        w.key("unreadable")
        w.beginArray()
        for unreadable in options.unreadable {
            w.beginObject()
            w.field("path", unreadable.path)
            w.field("message", unreadable.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.bytes.append(UInt8(ascii: "\n"))
        write(w.bytes)
    }
}

/// The bytes of one round's runs of findings, each stored once by the thread that encoded it.
private final class EncodedRuns: Sendable {
    private final class Run: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    private let runs: [Run]

    init(count: Int) {
        runs = (0..<count).map { _ in Run() }
    }

    func store(_ bytes: [UInt8], at index: Int) {
        runs[index].bytes.withLock { $0 = bytes }
    }

    func take(at index: Int) -> [UInt8] {
        runs[index].bytes.withLock { stored in
            defer { stored = [] }
            return stored
        }
    }
}
