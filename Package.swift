// swift-tools-version: 6.1
import PackageDescription

/// The module graph (docs/architecture.md draws it and says what each module may import; a test
/// holds this file to that map). Each target depends on exactly the modules it imports:
///
///   CCmark → MarkdownSyntax → JournalModel ─┐
///                             ThinkingTraps ┴→ JournalDetection ─┬→ JournalLint (+ Yams) ─┬→ SteadyRun → steady
///                                                                └→ JournalAnalysis ──────┘
///   JournalFiles → JournalLint (reads .steady.yml), SteadyRun (finds, reads and fixes journals)
///   JournalDetection → evaluate-detector
///   LanguageServerProtocol, SteadyRun → SteadyLanguageServer → steady (`steady lsp`)
///
/// - MarkdownSyntax wraps cmark; JournalModel reads a journal (days, entries, fields) from its
///   tree; ThinkingTraps holds the detectors (lexicon, tokeniser, matcher) and knows no Markdown.
/// - JournalDetection runs the detectors over the model's entries, once, for the linter and the
///   summary alike. JournalLint (rules, configuration, reporters) and JournalAnalysis (the
///   summary) never import each other, so the summary links neither Yams nor the rules.
/// - JournalFiles is the one way to the disk (finding, reading and writing files).
/// - SteadyRun is a run of Steady over files (search, configuration per file, parallel lint or
///   summary reading, fixes), usable in-process; `steady` keeps only the commands, their options
///   and terminal output (it imports the libraries whose types it names).
///
/// Built and tested on Linux only (the code uses `Mutex` and `UTF8Span`), so no platforms are
/// declared.
let package = Package(
    name: "Steady",
    products: [
        .executable(name: "steady", targets: ["steady"]),
        .library(name: "MarkdownSyntax", targets: ["MarkdownSyntax"]),
        .library(name: "JournalModel", targets: ["JournalModel"]),
        .library(name: "ThinkingTraps", targets: ["ThinkingTraps"]),
        .library(name: "JournalDetection", targets: ["JournalDetection"]),
        .library(name: "JournalLint", targets: ["JournalLint"]),
        .library(name: "JournalAnalysis", targets: ["JournalAnalysis"]),
        .library(name: "SteadyRun", targets: ["SteadyRun"]),
        .library(name: "WorkSharing", targets: ["WorkSharing"]),
        .library(name: "LanguageServerProtocol", targets: ["LanguageServerProtocol"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "MarkdownSyntax", dependencies: ["CCmark", "WorkSharing"]),
        .target(name: "JournalModel", dependencies: ["MarkdownSyntax"]),
        .target(
            name: "ThinkingTraps",
            resources: [.embedInCode("Resources/lexicon.tsv"), .embedInCode("Resources/worst-case-model.tsv")]
        ),
        // <sys/xattr.h>, which Swift's Glibc module does not export: a fix keeps a file's
        // extended attributes.
        .systemLibrary(name: "CXattr", path: "CXattr"),
        .target(name: "JournalFiles", dependencies: [.target(name: "CXattr", condition: .when(platforms: [.linux]))]),
        // Work shared among threads: `parallelMap` and how many threads a run may use.
        .target(name: "WorkSharing"),
        .target(name: "JournalDetection", dependencies: ["JournalModel", "MarkdownSyntax", "ThinkingTraps", "WorkSharing"]),
        .target(
            name: "JournalLint",
            dependencies: ["JournalDetection", "JournalFiles", "JournalModel", "MarkdownSyntax", "ThinkingTraps", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "JournalAnalysis", dependencies: ["JournalDetection", "JournalModel"]),
        // The Language Server Protocol's framing, JSON-RPC and messages; knows nothing of journals.
        .target(name: "LanguageServerProtocol"),
        // `steady lsp`: live findings, fixes, hover, completion and outline for editors.
        .target(
            name: "SteadyLanguageServer",
            dependencies: ["LanguageServerProtocol", "JournalDetection", "JournalFiles", "JournalLint", "JournalModel", "MarkdownSyntax", "SteadyRun", "WorkSharing"]
        ),
        .target(
            name: "SteadyRun",
            dependencies: ["JournalAnalysis", "JournalDetection", "JournalFiles", "JournalLint", "JournalModel", "MarkdownSyntax", "WorkSharing"]
        ),
        .executableTarget(
            name: "steady",
            dependencies: [
                "JournalAnalysis", "JournalFiles", "JournalLint", "JournalModel", "MarkdownSyntax", "SteadyRun",
                "ThinkingTraps", "LanguageServerProtocol", "SteadyLanguageServer", "WorkSharing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the CLI: a lint run
            // builds and frees a tree per file, thousands of small allocations each, and glibc's
            // allocator gave pages back to the system and took them again file after file.
            // Linking it made `lint` ~7% faster on the benchmark corpus (docs/benchmarks.md).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "evaluate-detector",
            dependencies: ["JournalDetection", "JournalModel", "ThinkingTraps"]
        ),
        // The mutation fuzzer of docs/reliability.md (Scripts/fuzz builds and runs it).
        .executableTarget(
            name: "steady-fuzz",
            dependencies: ["JournalAnalysis", "JournalDetection", "JournalLint", "JournalModel", "MarkdownSyntax"]
        ),
        // What several test targets share (temporary folders, a seeded generator, running off
        // the cooperative pool): test targets cannot import each other.
        .target(name: "SteadyTestSupport", path: "Tests/Support"),
        .testTarget(name: "MarkdownSyntaxTests", dependencies: ["MarkdownSyntax", "SteadyTestSupport"], resources: [.copy("Goldens")]),
        .testTarget(name: "JournalModelTests", dependencies: ["JournalModel", "MarkdownSyntax", "SteadyTestSupport"]),
        .testTarget(name: "ThinkingTrapsTests", dependencies: ["ThinkingTraps", "SteadyTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "JournalFilesTests", dependencies: ["JournalFiles", "SteadyTestSupport", .target(name: "CXattr", condition: .when(platforms: [.linux]))]),
        .testTarget(name: "JournalDetectionTests", dependencies: ["JournalDetection", "JournalModel", "ThinkingTraps"]),
        .testTarget(name: "JournalLintTests", dependencies: ["JournalLint", "JournalDetection", "JournalModel", "MarkdownSyntax", "ThinkingTraps", "SteadyTestSupport"]),
        .testTarget(name: "JournalAnalysisTests", dependencies: ["JournalAnalysis", "JournalDetection", "JournalModel", "SteadyTestSupport"]),
        .testTarget(name: "SteadyRunTests", dependencies: ["SteadyRun", "JournalAnalysis", "JournalFiles", "JournalLint", "SteadyTestSupport", "WorkSharing"]),
        .testTarget(name: "SteadyLanguageServerTests", dependencies: ["SteadyLanguageServer", "LanguageServerProtocol", "JournalLint", "SteadyTestSupport"]),
        .testTarget(name: "SteadyCLITests", dependencies: ["steady"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
