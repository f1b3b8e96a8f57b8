import Foundation
import Testing
@testable import JournalAnalysis

/// Renders the fixture's review and loads it in headless Chromium through
/// `Scripts/check-html-report`, which fails on console errors (CSP violations included) and
/// missing charts. Without Chromium the test records a skip and passes.
@Suite struct HTMLBrowserTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var chromium: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH (apt-get install -y chromium)"))
    func loadsInHeadlessChromium() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("steady-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("review.html")
        try Data(HTMLSummaryRenderer.render(summary(compare: true)).utf8).write(to: page)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository.appendingPathComponent("Scripts/check-html-report").path, page.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 {
            print("SKIPPED HTMLBrowserTests.loadsInHeadlessChromium: \(message)")
            return
        }
        #expect(process.terminationStatus == 0, "check-html-report: \(message)")
    }
}
