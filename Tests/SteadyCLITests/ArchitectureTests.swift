import Foundation
import Testing

/// Keeps the module graph what docs/architecture.md says it is: the map there lists, for every
/// target, the modules it may depend on and import. A target that gains a dependency or an
/// import the map does not allow fails here, and so does a map that forgets a target.
@Suite("module map (docs/architecture.md)")
struct ArchitectureTests {
    /// Modules of the toolchain and the operating system: any target may import them.
    static let systemModules: Set<String> = ["Swift", "Glibc", "Musl", "Darwin", "Dispatch", "Synchronization", "Testing"]

    @Test("every target's declared dependencies are allowed by the map, and every target is on it")
    func declaredDependencies() async throws {
        let map = try ModuleMap.load()
        let declared = try await PackageDescription.load()
        for (target, dependencies) in declared where !target.hasSuffix("Tests") {
            let allowed = try #require(map.allowed[target], "\(target) is not on the map in docs/architecture.md")
            let forbidden = dependencies.subtracting(allowed)
            #expect(forbidden.isEmpty, "\(target) depends on \(forbidden.sorted()), which docs/architecture.md does not allow")
        }
        let unknown = Set(map.allowed.keys).subtracting(declared.keys)
        #expect(unknown.isEmpty, "docs/architecture.md maps targets the package does not have: \(unknown.sorted())")
    }

    @Test("every source file imports only what its target may import")
    func sourceImports() throws {
        let map = try ModuleMap.load()
        let sources = URL(fileURLWithPath: SteadyBinary.packageRoot).appendingPathComponent("Sources")
        let targets = try FileManager.default.contentsOfDirectory(atPath: sources.path)
        #expect(!targets.isEmpty)
        for target in targets {
            let allowed = try #require(map.allowed[target], "Sources/\(target) is not on the map in docs/architecture.md")
            let folder = sources.appendingPathComponent(target)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for module in Self.importedModules(in: text) where !Self.systemModules.contains(module) {
                    #expect(allowed.contains(module), "Sources/\(target)/\(file) imports \(module), which docs/architecture.md does not allow \(target)")
                }
            }
        }
    }

    @Test("the rules the map states in words hold in the graph")
    func statedRules() async throws {
        let declared = try await PackageDescription.load()
        let analysis = try #require(declared["JournalAnalysis"])
        #expect(!analysis.contains("JournalLint"), "the summary library must not depend on the linter")
        #expect(!analysis.contains("Yams"), "the summary library must not link Yams")
        let lint = try #require(declared["JournalLint"])
        #expect(!lint.contains("JournalAnalysis"))
        for library in ["MarkdownSyntax", "JournalModel", "ThinkingTraps", "JournalFiles", "JournalDetection", "JournalLint", "JournalAnalysis", "SteadyRun"] {
            let dependencies = try #require(declared[library], "the package has no target \(library)")
            #expect(!dependencies.contains("ArgumentParser"), "\(library) is a library: command-line parsing stays in the executable")
        }
    }

    @Test("import lines are found, with attributes and access levels, and nothing else is")
    func importParsing() {
        let text = """
        import Foundation
        @_implementationOnly import CCmark
        internal import Yams
        @preconcurrency public import Dispatch
        import struct JournalModel.Entry
        // import NotThis
        let importance = 1
        """
        #expect(Self.importedModules(in: text) == ["Foundation", "CCmark", "Yams", "Dispatch", "JournalModel"])
    }

    /// The modules named by the `import` declarations of a Swift source file.
    static func importedModules(in text: String) -> [String] {
        var modules: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var words = line.split(separator: " ").map(String.init)
            // Attributes and access levels may stand before `import`.
            while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "fileprivate", "private"].contains(first) {
                words.removeFirst()
            }
            guard words.first == "import", words.count >= 2 else { continue }
            var path = words[1]
            // `import struct Module.Type`
            if ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(path), words.count >= 3 {
                path = words[2]
            }
            modules.append(String(path.split(separator: ".").first ?? Substring(path)))
        }
        return modules
    }
}

/// The map of allowed dependencies, read from the fenced block between the markers in
/// docs/architecture.md: one `Target: Dependency, Dependency` line per target.
struct ModuleMap {
    let allowed: [String: Set<String>]

    static func load() throws -> ModuleMap {
        let path = SteadyBinary.packageRoot + "/docs/architecture.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- BEGIN module-map -->"), "docs/architecture.md has no module-map markers")
        let end = try #require(text.range(of: "<!-- END module-map -->"))
        var allowed: [String: Set<String>] = [:]
        for line in text[begin.upperBound..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("```") else { continue }
            let target = line[..<colon].trimmingCharacters(in: .whitespaces)
            let dependencies = line[line.index(after: colon)...].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "(none)" }
            allowed[target] = Set(dependencies)
        }
        try #require(!allowed.isEmpty, "the module map in docs/architecture.md is empty")
        return ModuleMap(allowed: allowed)
    }
}

/// Each target of the package with the targets and products it depends on, as SwiftPM reads
/// Package.swift (`swift package describe --type json`).
enum PackageDescription {
    static func load() async throws -> [String: Set<String>] {
        // A scratch folder of its own: the one in .build is locked while `swift test` runs.
        let scratch = try TemporaryFolder(prefix: "steady-describe")
        defer { scratch.remove() }
        let output = try await Subprocess.run(
            "/usr/bin/env", ["swift", "package", "--scratch-path", scratch.path, "describe", "--type", "json"],
            in: SteadyBinary.packageRoot, timeLimit: 300)
        try #require(output.status == 0, "swift package describe failed: \(output.transcript)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any]
        let targets = try #require(json?["targets"] as? [[String: Any]])
        var graph: [String: Set<String>] = [:]
        for target in targets {
            let name = try #require(target["name"] as? String)
            let onTargets = target["target_dependencies"] as? [String] ?? []
            let onProducts = target["product_dependencies"] as? [String] ?? []
            graph[name] = Set(onTargets + onProducts)
        }
        return graph
    }
}
